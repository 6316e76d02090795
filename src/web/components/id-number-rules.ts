import type { Rule } from "antd/es/form";
import { describeIdNumber, ID_NUMBER_LENGTH } from "./id-number-hint";

/**
 * Form rules for the ID number: a complete but wrong number is flagged while typing; an incomplete
 * one only when the user leaves the field or submits, so the first keystrokes are not scolded.
 */
export const idNumberRules = (isRequired: boolean): Rule[] => [
  ...(isRequired ? [{ required: true, whitespace: true, message: "请输入身份证号" }] : []),
  {
    validateTrigger: "onChange",
    validator: async (_, value: string | undefined) => {
      const hint = describeIdNumber(value);
      if (hint.state === "invalid") throw new Error(hint.message);
    },
  },
  {
    validateTrigger: "onBlur",
    validator: async (_, value: string | undefined) => {
      const hint = describeIdNumber(value);
      if (hint.state === "typing") throw new Error(`身份证号应为 ${ID_NUMBER_LENGTH} 位`);
    },
  },
];
