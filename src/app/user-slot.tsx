/** The signed-in user's slot in the header (filled once the session API exists). */
export function UserSlot() {
  return null;
}
