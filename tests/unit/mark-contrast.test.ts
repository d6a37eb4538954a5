import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The marks' default look must read at a glance on light and dark pages: the underline's colour
 * is measured against white, a light grey page, black and a dark grey page (WCAG's contrast
 * ratio; 3:1 is the floor for a graphical mark, 1.4.11), while the tint behind the text stays
 * faint (discreet: the page's own text contrast is hardly touched).
 */
const css = readFileSync(new URL('../../src/content/highlight.css', import.meta.url), 'utf8');

function rule(name: string): string {
  const start = css.indexOf(`:root::highlight(${name})`);
  expect(start).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the default marks', () => {
  const look = rule('signet-word');
  const underline = rgb(/text-decoration-color:\s*(#[0-9a-f]{6})/i.exec(look)![1]!);

  it.each([
    ['white', '#ffffff'],
    ['light grey', '#f2f2f2'],
    ['black', '#000000'],
    ['dark grey', '#1e1e1e'],
  ])('underline stands out from a %s page', (_name, page) => {
    expect(contrast(underline, rgb(page))).toBeGreaterThanOrEqual(3);
  });

  it('is an underline at least 2 px thick, with a faint tint', () => {
    expect(look).toMatch(/text-decoration-line:\s*underline/);
    expect(Number(/text-decoration-thickness:\s*(\d+)px/.exec(look)![1])).toBeGreaterThanOrEqual(2);
    const alpha = Number(/background-color:\s*rgba\([^)]*,\s*([\d.]+)\)/.exec(look)![1]);
    expect(alpha).toBeLessThanOrEqual(0.15);
  });
});
