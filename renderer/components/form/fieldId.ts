/** The element id of a form field by its path, so a "Perbaiki" link can bring the clerk to it. */
export const fieldId = (field: string) => `f-${field.replaceAll('.', '-')}`;

const focusable =
  'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)';

/**
 * Focuses a field; a group (radio buttons, the region picker) gets its checked or first
 * empty input; a field not on screen falls back to the nearest enclosing one.
 */
export function focusField(field: string): void {
  for (let path = field; path !== ''; path = path.split('.').slice(0, -1).join('.')) {
    const element = document.getElementById(fieldId(path));
    if (!element) continue;
    const target = element.matches(focusable)
      ? element
      : (element.querySelector<HTMLElement>('input:checked') ??
        Array.from(element.querySelectorAll<HTMLInputElement>(focusable)).find(
          (input) => !('value' in input) || input.value === '',
        ) ??
        element.querySelector<HTMLElement>(focusable));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
      return;
    }
  }
}
