/** Types into an input the way a keeper does, so reactive forms see the change. */
export function typeInto(root: HTMLElement, selector: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`No input matches ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** The button whose text contains `label`. */
export function buttonLabelled(root: HTMLElement, label: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((candidate) =>
    candidate.textContent?.includes(label),
  );
  if (!button) throw new Error(`No button labelled ${label}`);
  return button;
}

/** Submits the first form under `root`. */
export function submitForm(root: HTMLElement): void {
  root.querySelector('form')?.dispatchEvent(new Event('submit'));
}
