type FileButtonProps = { label: string; accept: string; onFile: (file: File) => void };

/**
 * A button that opens the file picker. The input itself carries the label, so assistive
 * technology (and tests) find it by name; it is reset after each pick so the same file can be
 * chosen again.
 */
export function FileButton({ label, accept, onFile }: FileButtonProps) {
  return (
    <label className="button file-button">
      {label}
      <input
        type="file"
        accept={accept}
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
