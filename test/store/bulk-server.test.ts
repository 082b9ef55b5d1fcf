// Whether the server can read the staging folder, told apart the three ways it can fail, with a
// session that answers as Virtuoso does (its real answers are in test/store/bulk-load.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AkhbarError } from '../../src/errors.js';
import { checkServerSeesFolder } from '../../src/store/bulk-server.js';
import type { IsqlSession } from '../../src/store/isql.js';

const base64 = (text: string) => Buffer.from(text).toString('base64');
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'akhbar-probe-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A session whose read of the probe gives `read` (the file's text, or an error), and whose ini allows /srv/bulk. */
function session(read: (probe: string) => string | AkhbarError): IsqlSession {
  return {
    query: async (sql) => {
      if (sql.includes('DirsAllowed')) return [[base64('., /srv/bulk'), base64('/etc/virtuoso/virtuoso.ini')]];
      const answer = read(join(folder, 'probe.txt'));
      if (answer instanceof AkhbarError) throw answer;
      return [[base64(answer)]];
    },
    close: async () => undefined,
  };
}

describe('checkServerSeesFolder', () => {
  it('passes when the server reads back what was just written', async () => {
    await expect(checkServerSeesFolder(session((probe) => readFileSync(probe, 'utf8')), folder, 'db:1111')).resolves.toBeUndefined();
  });

  it('names the ini and its DirsAllowed when the server may not read the folder', async () => {
    const denied = session((probe) => new AkhbarError('E_REJECTED', `db:1111 refused: FA003: Access to '${probe}' is denied due to access control in ini file`));
    await expect(checkServerSeesFolder(denied, folder, 'db:1111')).rejects.toMatchObject({ code: 'E_BULK_DIR', message: `db:1111 may not read ${folder}: its ini (/etc/virtuoso/virtuoso.ini) has DirsAllowed = ., /srv/bulk; add the folder there and restart the server, or stage in one of those with --bulk-dir` });
  });

  it('says the folder must be the same on both machines when the server sees no file there, or another one', async () => {
    const absent = session((probe) => new AkhbarError('E_REJECTED', `db:1111 refused: FA005: Can't open file '${probe}', error 2`));
    await expect(checkServerSeesFolder(absent, folder, 'db:1111')).rejects.toMatchObject({ code: 'E_BULK_DIR', message: expect.stringMatching(/does not see .*probe\.txt, which Akhbar has just written there: .*the same folder on the server's machine/) });
    const another = session(() => 'akhbar an earlier probe\n');
    await expect(checkServerSeesFolder(another, folder, 'db:1111')).rejects.toMatchObject({ code: 'E_BULK_DIR' });
  });

  it('lets any other failure through as it is', async () => {
    const gone = session(() => new AkhbarError('E_UNREACHABLE', 'cannot reach db:1111: CL065: Lost connection to server'));
    await expect(checkServerSeesFolder(gone, folder, 'db:1111')).rejects.toMatchObject({ code: 'E_UNREACHABLE' });
  });
});
