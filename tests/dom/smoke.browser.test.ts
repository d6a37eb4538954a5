import { expect, test } from 'vitest';
test('page', () => {
  document.body.innerHTML = '<p>hi</p>';
  expect(document.body.textContent).toBe('hi');
  expect(navigator.userAgent).toContain('Chrome');
});
