// @jsxRuntime automatic
import { Text } from '@react-pdf/renderer';
import { useContext } from 'react';
import type { Margins } from '../../office/profile';
import { letterLabels } from '../labels';
import { mmToPt } from '../paper';
import { PageNumbersContext, useScale } from '../scale';

/**
 * "Halaman 1 dari N" in the footer band of the bottom margin (as Word puts it). Pass it as the
 * `footer` of `LetterPage`, outside the content and its line height. Plain text from the
 * document's own page cut; react-pdf's render prop when the document asks for it. Both are
 * `fixed`: react-pdf moves a plain node that sits below the content area (in the margin) onto
 * a page of its own.
 */
export function PageNumber({
  margins,
  page,
  total,
}: {
  margins: Margins;
  page: number;
  total: number;
}) {
  const scale = useScale();
  const mode = useContext(PageNumbersContext);
  const style = {
    position: 'absolute' as const,
    left: mmToPt(margins.left),
    right: mmToPt(margins.right),
    bottom: mmToPt(margins.bottom) / 2 - scale.tiny / 2,
    fontSize: scale.tiny,
    textAlign: 'right' as const,
  };
  return mode === 'dynamic' ? (
    <Text
      fixed
      style={style}
      render={({ pageNumber, totalPages }) => letterLabels.page.of(pageNumber, totalPages)}
    />
  ) : (
    <Text fixed style={style}>
      {letterLabels.page.of(page, total)}
    </Text>
  );
}
