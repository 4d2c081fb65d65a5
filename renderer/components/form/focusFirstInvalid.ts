/** After a refused submit: takes the keyboard to the first field marked invalid. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  window.requestAnimationFrame(() => {
    const target = container?.querySelector<HTMLElement>(
      'input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"], fieldset[aria-invalid="true"] input',
    );
    target?.focus();
  });
}
