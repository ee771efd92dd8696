import { type ReactNode, useState } from 'react';
import { useResized } from './use-chart-width';

export interface ScrollRegionProps {
  /** What the region holds, for screen readers ("Crosswalk grid", "Ratings table"). */
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A box that scrolls sideways when what it holds is wider than the page, and says so: shadows at
 * the edges that have more beyond them, and a "Scroll sideways" line while anything is hidden.
 * It can take focus (a named section, so a region) so keyboard users can scroll it too. Nothing inside is ever
 * cut without this cue: wide grids and tables go in one of these.
 */
export function ScrollRegion({ label, className, children }: ScrollRegionProps) {
  const [overflows, setOverflows] = useState(false);
  const ref = useResized<HTMLElement>(
    (element) => setOverflows(element.scrollWidth > element.clientWidth + 1),
    true,
  );
  return (
    <>
      {overflows && (
        <p className="medlead-scroll-hint" aria-hidden="true">
          Scroll sideways to see more <span className="medlead-scroll-arrow">→</span>
        </p>
      )}
      {/* A named section is a region landmark; it takes focus only while it scrolls. */}
      <section
        ref={ref}
        className={['medlead-scroll', className].filter(Boolean).join(' ')}
        aria-label={label}
        tabIndex={overflows ? 0 : undefined}
        data-overflows={overflows ? 'true' : undefined}
      >
        {children}
      </section>
    </>
  );
}
