export { default as RoleAssignment } from "./role-assignment"
