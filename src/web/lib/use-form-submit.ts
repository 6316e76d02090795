import { App, type FormInstance } from "antd";
import { useState } from "react";
import { getErrorMessage } from "./api-client";
import { applyFieldErrors } from "./form-errors";

export interface FormSubmitOptions<Values, Result> {
  /** Shown once the request succeeds. */
  success?: string | ((result: Result, values: Values) => string);
  onDone?: (result: Result) => void;
  /** An error no field of the form took; by default it is shown as a message. */
  onError?: (error: unknown) => void;
}

/**
 * One save of a form: `isSaving` while the request runs, the success message and `onDone` after it,
 * and the server's refusals under the fields they concern (or as a message when none matches).
 */
export function useFormSubmit<Values, Result>(
  form: FormInstance,
  submit: (values: Values) => Promise<Result>,
  { success, onDone, onError }: FormSubmitOptions<Values, Result> = {},
) {
  const { message } = App.useApp();
  const [isSaving, setIsSaving] = useState(false);

  const handleFinish = async (values: Values) => {
    setIsSaving(true);
    try {
      const result = await submit(values);
      if (success !== undefined) message.success(typeof success === "string" ? success : success(result, values));
      onDone?.(result);
    } catch (error) {
      if (applyFieldErrors(form, error)) return;
      if (onError) onError(error);
      else message.error(getErrorMessage(error));
    } finally {
      setIsSaving(false);
    }
  };

  return { isSaving, handleFinish };
}
