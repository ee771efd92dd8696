import { findScale, hlm, mlcf, percent100 } from '@medlead/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ScaleLegend } from './ScaleLegend';

afterEach(cleanup);

describe('ScaleLegend', () => {
  it('lists every point of the default scale, in order, on the server', () => {
    const html = renderToString(<ScaleLegend framework={hlm} />);
    const labels = ['Insufficient', 'Essential', 'Proficient', 'Strong', 'Exemplary'];
    const positions = labels.map((label) => html.indexOf(`>${label}<`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('Healthcare Leadership Model self-assessment');
  });

  it('for educators, says where the scale comes from and, when it is uncertain, why, in text', () => {
    render(<ScaleLegend framework={hlm} scale="hlm:importance" audience="curriculum" />);
    expect(screen.getByText('Editorial')).toBeTruthy();
    expect(screen.getByText('Uncertain')).toBeTruthy();
    expect(
      screen.getByText(/answer options are not shown in any source medlead has read/),
    ).toBeTruthy();
  });

  it('for learners, says only, in plain words, that medlead wrote the scale', () => {
    render(<ScaleLegend framework={hlm} scale="hlm:importance" />);
    expect(screen.queryByText('Editorial')).toBeNull();
    expect(screen.queryByText(/Uncertain/)).toBeNull();
    expect(
      screen.getByText('This scale is medlead’s own, not the NHS Leadership Academy’s.'),
    ).toBeTruthy();
  });

  it('describes a stepped scale (0–100) by its range, with the points as anchors', () => {
    render(<ScaleLegend framework={mlcf} scale={percent100.id} />);
    expect(screen.getByText(/Any value from 0 to 100 in steps of 1/)).toBeTruthy();
  });

  it('is an ordered list with a name, and has no axe violations', async () => {
    const { container } = render(<ScaleLegend framework={mlcf} title="How the ratings read" />);
    const region = screen.getByRole('region', { name: 'How the ratings read' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(
      findScale(mlcf, mlcf.defaultScale)?.points.length ?? -1,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('names the problem when the scale is not one of the framework’s', () => {
    expect(() => renderToString(<ScaleLegend framework={hlm} scale="mlcf:nope" />)).toThrow(
      '"mlcf:nope" is not a scale of hlm@2013',
    );
  });
});
