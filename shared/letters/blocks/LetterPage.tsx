// @jsxRuntime automatic
import { Page, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { letterFontFamily } from '../fonts';
import { pagePadding, pageSizePt, type Orientation } from '../paper';
import { useScale } from '../scale';
import type { LetterOffice } from '../types';

/**
 * One sheet on the office's paper and margins, set in Arimo at the scale's body size. The
 * line height sits on the content, not the page: react-pdf 4.9 multiplies an inherited
 * unitless line height again at every relayout of a `render` text (the page numbers),
 * until the text no longer fits and disappears. `footer` is drawn outside the content. The font
 * size is repeated next to the line height: react-pdf resolves a unitless line height against
 * the font size of the same style (18 pt when there is none).
 */
export function LetterPage({
  office,
  orientation = 'portrait',
  footer,
  children,
}: {
  office: Pick<LetterOffice, 'paperSize' | 'marginsMm'>;
  orientation?: Orientation;
  footer?: ReactNode;
  children: ReactNode;
}) {
  const scale = useScale();
  return (
    <Page
      size={pageSizePt(office.paperSize, 'portrait')}
      orientation={orientation}
      style={{
        ...pagePadding(office.marginsMm),
        fontFamily: letterFontFamily,
        fontSize: scale.body,
        color: '#000000',
      }}
    >
      <View style={{ flexGrow: 1, fontSize: scale.body, lineHeight: scale.leading }}>
        {children}
      </View>
      {footer}
    </Page>
  );
}
