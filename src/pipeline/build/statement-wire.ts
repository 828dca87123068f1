// An article's statement job (find-events.ts) as plain data for a worker thread: the article
// as read with its packed document, its mentions and the entities they name. Structured
// clone drops the annotated article's lazy document, so it travels packed and is unpacked in
// the worker as the reduce would unpack it here.

import type { Entity, Mention } from "../../shared/schema";
import type { StatementJob } from "../find-events";
import type { ReadArticle } from "../types";
import { annotatedOf, packedDocOf, type PackedDocumentJson } from "./article-record";

export type WireStatementJob = {
  article: ReadArticle;
  doc: PackedDocumentJson;
  mentions: Mention[];
  entities: Entity[];
};

export function toWire({ article, mentions, entities }: StatementJob): WireStatementJob {
  return { article: { ...article }, doc: packedDocOf(article), mentions, entities };
}

export function fromWire({ article, doc, mentions, entities }: WireStatementJob): StatementJob {
  return { article: annotatedOf({ article, doc }), mentions, entities };
}
