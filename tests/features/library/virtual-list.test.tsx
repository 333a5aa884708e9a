import { render, screen, waitFor } from '@testing-library/react';
import { VirtualList } from '../../../src/features/library/virtual-list';

const ROW = 36;
const rowsOf = (prefix: string) => Array.from({ length: 200 }, (_, i) => `${prefix}${i}`);

function list(items: string[]) {
  return (
    <VirtualList
      items={items}
      getKey={(item) => item}
      estimateSize={() => ROW}
      fixedSize={ROW}
      renderItem={(item) => <span>{item}</span>}
      label="Rows"
    />
  );
}

describe('VirtualList', () => {
  it('renders the visible rows first when its rows change, and the rest a frame later', async () => {
    const visible = Math.ceil(window.innerHeight / ROW);
    const { rerender } = render(list(rowsOf('a')));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(visible + 6));
    rerender(list(rowsOf('b')));
    expect(screen.getAllByRole('listitem')).toHaveLength(visible + 1);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('b0');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(visible + 6));
  });
});
