import { BodyMarks } from "../../../../src/engine/languages/csharp/body-marks.js";

describe("BodyMarks", () => {
  it("finds every { and => and nothing else", () => {
    const marks = new BodyMarks("a{b=>c=d>{");
    expect([0, 1, 2, 3].map((index) => marks.offsetAt(index))).toEqual([1, 3, 9, Infinity]);
  });

  it("gives the first mark at or after an offset", () => {
    const marks = new BodyMarks("a{b=>c=d>{");
    expect([0, 1, 2, 4, 10].map((offset) => marks.firstFrom(offset))).toEqual([0, 0, 1, 2, 3]);
  });
});
