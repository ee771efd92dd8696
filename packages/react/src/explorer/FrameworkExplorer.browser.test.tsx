import { ama, fmlm2016, hlm, mlcf } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import { FrameworkExplorer } from './FrameworkExplorer';
import './framework-explorer.css';

afterEach(cleanup);

describe.each(['light', 'dark'] as const)('FrameworkExplorer in Chromium, %s theme', (theme) => {
  it('has no axe violations, contrast included: open, chosen, with badges and notes', async () => {
    usePageTheme(theme);
    const { container } = render(
      <FrameworkExplorer
        framework={fmlm2016}
        defaultExpanded="all"
        selectedId="fmlm:team"
        theme={theme}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations with marked search results, and with none', async () => {
    usePageTheme(theme);
    const { container, rerender } = render(
      <FrameworkExplorer framework={mlcf} query="self" theme={theme} />,
    );
    expect(container.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(await axeViolations(container)).toEqual([]);
    rerender(<FrameworkExplorer framework={mlcf} query="zebra" theme={theme} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('FrameworkExplorer layout and keys in Chromium', () => {
  it('fits a 360 px screen: long titles and notes wrap, nothing runs off the side', async () => {
    await page.viewport(360, 800);
    usePageTheme('light');
    for (const framework of [mlcf, ama, hlm]) {
      const { container } = render(
        <FrameworkExplorer framework={framework} defaultExpanded="all" />,
      );
      const section = container.firstElementChild as HTMLElement;
      expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth);
      for (const element of section.querySelectorAll('*')) {
        expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(360.5);
      }
      cleanup();
    }
    await page.viewport(1280, 900);
  });

  it('shows keyboard focus on the row and walks the tree', async () => {
    const onSelect = vi.fn();
    const { container } = render(
      <FrameworkExplorer framework={hlm} defaultExpanded={[]} onSelect={onSelect} />,
    );
    (container.querySelector('input') as HTMLInputElement).focus();
    await userEvent.keyboard('{Tab}');
    const first = document.activeElement as HTMLElement;
    expect(first.getAttribute('data-item-id')).toBe('hlm:personal-qualities');
    const row = first.closest('.medlead-explorer-row') as HTMLElement;
    expect(getComputedStyle(row).outlineStyle).toBe('solid');
    await userEvent.keyboard('{End}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('hlm:influencing-for-results');
  });
});
