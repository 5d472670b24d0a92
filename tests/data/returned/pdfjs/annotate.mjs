// Comments added and saved by pdf.js (Firefox's PDF viewer) the way its editor does:
// a FreeText note and a highlight, through annotationStorage and saveDocument().
import fs from "node:fs";
import { getDocument, AnnotationEditorType } from "pdfjs-dist/legacy/build/pdf.mjs";

const t = JSON.parse(fs.readFileSync("targets.json", "utf8"));
const data = new Uint8Array(fs.readFileSync("portfolio.pdf"));
const doc = await getDocument({ data, useSystemFonts: true }).promise;
const [mPage, mTop] = t.morning;
doc.annotationStorage.setValue("pdfjs_internal_editor_0", {
  annotationType: AnnotationEditorType.FREETEXT,
  color: [0, 0, 0],
  fontSize: 10,
  value: "Fint att du lyssnade först – hur märkte de det?",
  pageIndex: mPage - 1,
  rect: [300, mTop - 60, 520, mTop - 40],
  rotation: 0,
  structTreeParentId: null,
  id: null,
});
const [l, b, r, top] = t.arl_box;
doc.annotationStorage.setValue("pdfjs_internal_editor_1", {
  annotationType: AnnotationEditorType.HIGHLIGHT,
  color: [255, 255, 152],
  opacity: 1,
  thickness: 12,
  quadPoints: Float32Array.from([l, top, r, top, l, b, r, b]),
  outlines: [[l, top, r, top, r, b, l, b]],
  pageIndex: t.arl_page - 1,
  rect: [l, b, r, top],
  rotation: 0,
  structTreeParentId: null,
  id: null,
});
const saved = await doc.saveDocument();
fs.writeFileSync("commented-by-pdfjs.pdf", saved);
console.log("saved", saved.length, "bytes with pdf.js", (await import("pdfjs-dist/package.json", { with: { type: "json" } })).default.version);
