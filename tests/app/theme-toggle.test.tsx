import { fireEvent, render, screen } from '@testing-library/react';
import { ThemeToggle } from '../../src/app/theme-toggle';
import { setThemePreference } from '../../src/hooks/theme-preference';

afterEach(() => setThemePreference('system'));

describe('the theme button', () => {
  it('is named by its tip, which says what a click does', () => {
    setThemePreference('light');
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: 'Switch to dark theme' });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Switch to dark theme');
    fireEvent.click(button);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(button).toHaveAccessibleName('Switch to light theme');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Switch to light theme');
  });
});
