import { Input, Typography } from "antd";
import type { Gender } from "../../shared/domain";
import { describeIdNumber } from "./id-number-hint";

interface IdNumberInputProps {
  value?: string;
  onChange?: (value: string) => void;
  /** Form.Item passes it for its onBlur rules. */
  onBlur?: () => void;
  /** The gender chosen in the form, compared with the one the number encodes. */
  chosenGender?: Gender;
  placeholder?: string;
  /** Shown under the box while it is empty (e.g. the current masked number when editing). */
  emptyHint?: string;
  id?: string;
}

/**
 * An ID number box that shows, as the user types, how far they are and then what the number says.
 * Why a number is wrong is the form rule's message (idNumberRules), shown once under the field.
 */
export function IdNumberInput({ value, onChange, onBlur, chosenGender, placeholder, emptyHint, id }: IdNumberInputProps) {
  const hint = describeIdNumber(value, chosenGender);
  return (
    <>
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value.toUpperCase())}
        onBlur={onBlur}
        maxLength={18}
        placeholder={placeholder ?? "18 位公民身份号码"}
        autoComplete="off"
        spellCheck={false}
        status={hint.state === "invalid" ? "error" : hint.state === "valid" && hint.genderWarning ? "warning" : undefined}
      />
      <div aria-live="polite" data-testid="id-number-hint" style={{ marginTop: 4 }}>
        {hint.state === "empty" && emptyHint && <Typography.Text type="secondary">{emptyHint}</Typography.Text>}
        {hint.state === "typing" && <Typography.Text type="secondary">{hint.message}</Typography.Text>}
        {hint.state === "valid" && (
          <>
            <Typography.Text type="success">{hint.message}</Typography.Text>
            {hint.genderWarning && (
              <div>
                <Typography.Text type="warning">{hint.genderWarning}</Typography.Text>
              </div>
            )}
          </>
        )}
      </div>
    </>
  );
}
