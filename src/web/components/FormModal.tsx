import { Modal, type FormInstance, type ModalProps } from "antd";

interface FormModalProps extends Omit<ModalProps, "open" | "confirmLoading" | "onOk" | "onCancel"> {
  form: FormInstance;
  isSaving: boolean;
  onClose: () => void;
}

/** A modal around one form: OK submits it, and a click outside does not throw the typing away. */
export function FormModal({ form, isSaving, onClose, ...props }: FormModalProps) {
  return <Modal open confirmLoading={isSaving} onOk={() => form.submit()} onCancel={onClose} mask={{ closable: false }} {...props} />;
}
