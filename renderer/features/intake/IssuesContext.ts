import { createContext, useContext } from 'react';
import type { FieldIssue } from './fieldIssue';

/** The issues of one draft field (exact path) as the wizard shows them now. */
export type IssuesOf = (field: string) => FieldIssue[];

export const IssuesContext = createContext<IssuesOf>(() => []);

export function useIssues(field: string): FieldIssue[] {
  return useContext(IssuesContext)(field);
}
