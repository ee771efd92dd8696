import { hlm, mlcf } from '@medlead/core';
import { describe, expect, it } from 'vitest';
import { feedbackReport, mlcfFeedbackReport } from './feedback-fixture.test-helper';
import { heatmapModel } from './heatmap-data';
import { layoutHeatmap, MAX_CELL, MIN_CELL } from './heatmap-layout';

const hlmModel = heatmapModel(hlm, feedbackReport(), undefined);
const mlcfModel = heatmapModel(mlcf, mlcfFeedbackReport(), undefined);

describe('layoutHeatmap', () => {
  it('puts the names beside the grid when there is room, and draws no wider than it needs', () => {
    for (const available of [712, 1224]) {
      const layout = layoutHeatmap(mlcfModel.columns, mlcfModel.rows, available);
      expect(layout.names).toBe('beside');
      expect(layout.width).toBeLessThanOrEqual(available);
      expect(layout.cellWidth).toBeGreaterThanOrEqual(MIN_CELL);
      expect(layout.cellWidth).toBeLessThanOrEqual(MAX_CELL);
    }
    // A wide page gets a chart of a sensible size, not one stretched across it.
    expect(layoutHeatmap(hlmModel.columns, hlmModel.rows, 1224).width).toBeLessThan(800);
  });

  it('on a phone puts each name above its row, wrapped to the visible width, and keeps the cells', () => {
    for (const available of [264, 319]) {
      const layout = layoutHeatmap(mlcfModel.columns, mlcfModel.rows, available);
      expect(layout.names).toBe('above');
      expect(layout.cellWidth).toBe(MIN_CELL);
      expect(layout.width).toBeGreaterThan(available); // it scrolls, in a ScrollRegion
      for (const row of layout.rows) {
        // 13 px text at no more than 0.6 em a character fits the visible width.
        for (const line of row.lines) expect(line.length * 13 * 0.6).toBeLessThanOrEqual(available);
        expect(row.cellTop).toBeGreaterThan(row.nameTop + (row.lines.length - 1) * 16);
      }
    }
  });

  it('never cuts a name or a header short: they wrap onto more lines instead', () => {
    for (const model of [hlmModel, mlcfModel])
      for (const available of [264, 319, 712, 1224]) {
        const layout = layoutHeatmap(model.columns, model.rows, available);
        layout.rows.forEach((row, index) => {
          expect(row.lines.join(' ')).toBe(model.rows[index]?.name);
        });
        for (const header of layout.headers)
          expect([...header.name, ...header.status].join(' ')).not.toContain('…');
      }
  });

  it('stacks the rows one under another, each as tall as its name needs', () => {
    const layout = layoutHeatmap(mlcfModel.columns, mlcfModel.rows, 712);
    layout.rows.forEach((row, index) => {
      const next = layout.rows[index + 1];
      if (next !== undefined) expect(next.cellTop).toBe(row.cellTop + row.cellHeight);
      const lines = row.lines.length + (row.flagY === null ? 0 : 1);
      expect(row.cellHeight).toBeGreaterThanOrEqual(lines * 16);
    });
    const last = layout.rows[layout.rows.length - 1];
    expect(layout.height).toBeGreaterThan((last?.cellTop ?? 0) + (last?.cellHeight ?? 0));
  });
});
