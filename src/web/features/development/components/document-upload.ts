import type { UploadProps } from "antd";
import { documentUploadProps as uploadPropsFor, isFileSummary } from "../../../lib/document-upload";
import { documentUploadPath } from "../api";

export { DOCUMENT_ACCEPT, DOCUMENT_HINT, DOCUMENT_MAX_BYTES, refuseDocument, uploadErrorMessage } from "../../../lib/document-upload";

export const isDevelopmentFile = isFileSummary;

/** antd Upload's request to a case's documents endpoint (lib/document-upload). */
export const documentUploadProps = (personId: string): Pick<UploadProps, "action" | "name" | "headers" | "withCredentials" | "accept"> =>
  uploadPropsFor(documentUploadPath(personId));
