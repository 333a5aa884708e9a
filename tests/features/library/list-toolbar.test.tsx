import { fireEvent, render, screen } from '@testing-library/react';
import { ListToolbar } from '../../../src/features/library/list-toolbar';
import { EMPTY_LIST_QUERY, type ListQuery } from '../../../src/lib/list-query';

function renderToolbar(query: ListQuery) {
  const onChange = vi.fn();
  render(
    <ListToolbar
      query={query}
      tags={['fuzzing']}
      shown={3}
      total={9}
      onChange={onChange}
      onSearch={onChange}
      onSearchDone={onChange}
    />,
  );
  return { onChange, more: screen.getByRole('button', { name: /^Sort & filter/ }) };
}

describe('the toolbar’s Sort & filter button (shown on phones)', () => {
  it('opens and closes sort and filters without changing the list', () => {
    const { onChange, more } = renderToolbar(EMPTY_LIST_QUERY);
    expect(more).toHaveAccessibleName('Sort & filter');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    for (const id of (more.getAttribute('aria-controls') ?? '').split(' ')) {
      expect(document.getElementById(id)).not.toBeNull();
    }
    fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('counts what is chosen behind it: statuses, tags and a sort', () => {
    const { more } = renderToolbar({
      ...EMPTY_LIST_QUERY,
      statuses: ['read', 'reading'],
      tags: ['fuzzing'],
      sort: 'title',
    });
    expect(more).toHaveAccessibleName('Sort & filter 4 chosen');
  });
});
