/**
 * Reads the signed-in user's name for the model's change log from Office's single sign-on
 * token, without a sign-in prompt. Office issues the token only when the manifest declares a
 * WebApplicationInfo app registration and the user is signed in. Otherwise
 * `Office.auth.getAccessToken` rejects, this returns null, and the entry's author is "Task pane".
 *
 * @returns the token's `name` claim, else its `preferred_username`, else null
 */
export async function readOfficeAuthor(): Promise<string | null> {
  try {
    const token = await Office.auth.getAccessToken({ allowSignInPrompt: false });
    return nameFromToken(token);
  } catch (error) {
    console.info("No signed-in user name from Office single sign-on, so the change log names the task pane", error);
    return null;
  }
}

/**
 * Reads the user's name from a JSON Web Token's payload without checking its signature; the
 * name only labels a change-log entry.
 *
 * @returns the `name` claim, else `preferred_username`, else null when the token does not decode
 * @example nameFromToken("e30.eyJuYW1lIjoiUml0YSBMb3BleiJ9.x") // "Rita Lopez"
 */
export function nameFromToken(token: string): string | null {
  const payload = token.split(".")[1];
  if (payload === undefined) return null;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "=");
    const claims: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))));
    if (typeof claims !== "object" || claims === null) return null;
    const { name, preferred_username: userName } = claims as { name?: unknown; preferred_username?: unknown };
    if (typeof name === "string" && name.trim() !== "") return name.trim();
    return typeof userName === "string" && userName.trim() !== "" ? userName.trim() : null;
  } catch {
    return null;
  }
}
