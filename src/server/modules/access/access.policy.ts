/**
 * The policy table lives in shared/permissions.ts, so the web reads the same one; the server's
 * modules import it from here, their access module.
 */
export { PERMISSIONS, can, type Permission } from "../../../shared/permissions";
