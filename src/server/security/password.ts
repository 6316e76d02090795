import { type Options, hash, verify } from "@node-rs/argon2";

// argon2id (Algorithm.Argon2id = 2, a const enum) with OWASP's minimum parameters (19 MiB, 2 passes).
const options: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username is unknown, so timing does not tell which usernames exist. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("dangjian-no-such-user");
  await verifyPassword(await dummyHash, password);
}
