import "../test-setup";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { Gender } from "../../shared/domain";
import { IdNumberInput } from "./IdNumberInput";
import { describeIdNumber } from "./id-number-hint";


const TODAY = "2026-05-01";
// rules.md §7.1 test vectors: a woman born 1949-12-31, and a number whose check character is valid.
const FEMALE_ID = "11010519491231002X";

describe("describeIdNumber", () => {
  it("counts while the number is still being typed", () => {
    expect(describeIdNumber("", "male", TODAY)).toEqual({ state: "empty" });
    expect(describeIdNumber("1101051949", undefined, TODAY)).toEqual({ state: "typing", message: "已输入 10/18 位" });
  });

  it("derives the birth date and gender from a complete number, accepting a lower-case x", () => {
    expect(describeIdNumber(FEMALE_ID.toLowerCase(), undefined, TODAY)).toEqual({
      state: "valid",
      birthDate: "1949-12-31",
      gender: "female",
      message: "出生日期 1949-12-31，性别 女",
    });
  });

  it("warns when the chosen gender disagrees with the number", () => {
    const hint = describeIdNumber(FEMALE_ID, "male", TODAY);
    expect(hint.state === "valid" && hint.genderWarning).toBe("所选性别（男）与身份证号（女）不一致，请核对");
    const agreeing = describeIdNumber(FEMALE_ID, "female", TODAY);
    expect(agreeing.state === "valid" && agreeing.genderWarning).toBeUndefined();
  });

  it("explains why a number is wrong", () => {
    expect(describeIdNumber("110105194912310021", undefined, TODAY)).toMatchObject({ state: "invalid", message: expect.stringContaining("校验位") });
    expect(describeIdNumber("11010519491231002Y", undefined, TODAY)).toMatchObject({ state: "invalid" });
    expect(describeIdNumber("110105A", undefined, TODAY)).toMatchObject({ state: "invalid" });
    expect(describeIdNumber("990105194912310021", undefined, TODAY)).toMatchObject({ state: "invalid", message: expect.stringContaining("省级") });
  });
});

function Harness({ gender }: { gender?: Gender }) {
  const [value, setValue] = useState("");
  return <IdNumberInput value={value} onChange={setValue} chosenGender={gender} />;
}

describe("IdNumberInput", () => {
  it("shows what the number says as the user types it", () => {
    render(<Harness gender="male" />);
    const input = screen.getByRole("textbox");
    const hint = () => screen.getByTestId("id-number-hint").textContent;

    fireEvent.change(input, { target: { value: "110105" } });
    expect(hint()).toBe("已输入 6/18 位");

    fireEvent.change(input, { target: { value: "11010519491231002x" } });
    expect((input as HTMLInputElement).value).toBe(FEMALE_ID);
    expect(hint()).toContain("出生日期 1949-12-31，性别 女");
    expect(hint()).toContain("所选性别（男）与身份证号（女）不一致");
  });
});
