// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Document } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import { letterLabels } from './labels';
import { defaultBodySize, PageNumbersContext, ScaleContext, scaleFor } from './scale';

/**
 * How a document meets the page: `onePage` letters are set smaller (down to 11 pt) when
 * they would run over, and fail rather than print a second page; `preferOnePage` shrinks
 * but may flow on; `flow` documents (tables) run over as many pages as they need.
 */
export type PageFit = 'onePage' | 'preferOnePage' | 'flow';

export interface LetterMeta {
  title: string;
  /** The office that issues it. */
  author: string;
  subject?: string;
  /** `YYYY-MM-DD`: the PDF's creation and modification date, so a re-print is identical. */
  issueDate: string;
}

export interface LetterDocumentProps {
  meta: LetterMeta;
  fit: PageFit;
  /** Body size in points; `renderLetterPdf` lowers it when a one-page letter runs over. */
  bodySize?: number;
  /** Body sizes to try, largest first. */
  sizes?: readonly number[];
  /**
   * Pages a `flow` document was cut into by its own estimate, so its page numbers can be
   * plain text; `renderLetterPdf` checks the count and otherwise sets `dynamicPageNumbers`.
   */
  expectedPages?: number;
  /** Number pages with react-pdf's render prop (correct whatever the breaks, but slower). */
  dynamicPageNumbers?: boolean;
  children: ReactNode;
}

export type LetterElement = ReactElement<LetterDocumentProps>;

/** Midnight UTC of the issue date: a fixed instant, whatever the device's clock says. */
export function issueInstant(issueDate: string): Date {
  const [year = 1970, month = 1, day = 1] = issueDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The root of every document: metadata, language and the type scale for its pages. */
export function LetterDocument({
  meta,
  bodySize = defaultBodySize,
  dynamicPageNumbers = false,
  children,
}: LetterDocumentProps) {
  const date = issueInstant(meta.issueDate);
  return (
    <Document
      title={meta.title}
      author={meta.author}
      {...(meta.subject ? { subject: meta.subject } : {})}
      creator={letterLabels.metadata.creator}
      producer={letterLabels.metadata.producer}
      creationDate={date}
      modificationDate={date}
      language="id-ID"
    >
      <ScaleContext.Provider value={scaleFor(bodySize)}>
        <PageNumbersContext.Provider value={dynamicPageNumbers ? 'dynamic' : 'static'}>
          {children}
        </PageNumbersContext.Provider>
      </ScaleContext.Provider>
    </Document>
  );
}
