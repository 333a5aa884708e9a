import { PICTURE_STYLE_ATTRIBUTE } from './first-screen-marks';

// What would clash with the app's page while both are in the document, or tie a label, a
// description or the focus order to the picture.
const APP_ONLY_ATTRIBUTES = [
  'id',
  'for',
  'tabindex',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
];

/**
 * The markup of a rendered page as a picture: inline styles kept aside for the boot script
 * (markup may not carry them under the Content-Security-Policy), each list box's choice written
 * into the markup (React sets it as a property, which markup does not show), and no ids.
 * Changes `page` in place.
 */
export function pictureMarkup(page: Element): string {
  for (const select of page.querySelectorAll('select')) {
    const chosen = select.selectedIndex;
    Array.from(select.options).forEach((option, index) =>
      option.toggleAttribute('selected', index === chosen),
    );
  }
  for (const element of page.querySelectorAll('*')) {
    const style = element.getAttribute('style');
    if (style !== null) {
      element.removeAttribute('style');
      element.setAttribute(PICTURE_STYLE_ATTRIBUTE, style);
    }
    for (const name of APP_ONLY_ATTRIBUTES) element.removeAttribute(name);
  }
  return page.innerHTML;
}
