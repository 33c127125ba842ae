import * as pptxgenjs from "pptxgenjs";

/**
 * pptxgenjs's types are written CommonJS-style (`export default` in a package without
 * "type": "module"): under the Bundler resolution its default export is the class, under
 * NodeNext (the Electron build) a `{ default: class }` wrapper. At run time Node loads its ES
 * build, whose default export is the class. Reaching the class through here reads the same
 * in both builds.
 */
type Unwrap<T> = T extends { default: infer D } ? Unwrap<D> : T;
export type PptxGenJSClass = Unwrap<typeof pptxgenjs>;

const exported: unknown = pptxgenjs.default;
export const PptxGenJS = ((exported as { default?: PptxGenJSClass }).default ?? exported) as PptxGenJSClass;

export type Presentation = InstanceType<PptxGenJSClass>;
export type Slide = ReturnType<Presentation["addSlide"]>;
/** Text runs, as slide.addText takes them. */
export type TextRuns = Exclude<Parameters<Slide["addText"]>[0], string>;
export type TextOptions = NonNullable<TextRuns[number]["options"]>;
