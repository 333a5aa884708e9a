import { expect, test as base, type Page } from '@playwright/test';

type Violation = { directive: string; blocked: string };

/** An init script: keeps every Content-Security-Policy violation the page reports. */
export function recordCspViolations(): void {
  const violations: { directive: string; blocked: string }[] = [];
  Reflect.set(window, '__cspViolations', violations);
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({ directive: event.violatedDirective, blocked: event.blockedURI });
  });
}

/** The violations recordCspViolations() kept on a page, as lines for a test's report. */
export async function cspViolationsOf(page: Page): Promise<string[]> {
  const violations = await page
    .evaluate(() => (Reflect.get(window, '__cspViolations') ?? []) as Violation[])
    .catch(() => [] as Violation[]);
  return violations.map((v) => `CSP violation: ${v.directive} ${v.blocked}`);
}

/**
 * Every end-to-end test also checks that the page raised no Content-Security-Policy violation,
 * no uncaught error and opened no dialog (an alert would mean hostile content ran). A test about
 * leaving the page mid-write opts in to answering "Leave site?" itself.
 */
export const test = base.extend<{ answersLeaveDialogs: boolean; guard: undefined }>({
  answersLeaveDialogs: [false, { option: true }],
  guard: [
    async ({ context, answersLeaveDialogs }, use) => {
      const problems: string[] = [];
      await context.addInitScript(recordCspViolations);
      const watch = (page: Page) => {
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('dialog', (dialog) => {
          if (answersLeaveDialogs && dialog.type() === 'beforeunload') return;
          problems.push(`dialog opened: ${dialog.message()}`);
          void dialog.dismiss();
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(undefined);
      for (const page of context.pages()) {
        if (page.isClosed()) continue;
        problems.push(...(await cspViolationsOf(page)));
      }
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
