/**
 * Counts the entries an editor could not save unchanged: boots the CMS on a throw-away database
 * with the demo content, then opens and saves every entry through the admin's content manager
 * API exactly as the edit view does. Usage: npm run save-every-entry [-- --database postgres]
 */
import { saveEveryEntryUnchanged, startStrapi, type DatabaseKind } from '@bluehats/testkit';

const database = (process.argv.includes('--database') ? process.argv[process.argv.indexOf('--database') + 1] : 'sqlite') as DatabaseKind;
const cms = await startStrapi({ database });
try {
  const saves = await saveEveryEntryUnchanged(cms);
  const refused = saves.filter((save) => save.status !== 200);
  for (const save of refused) console.log(`refusé ${save.status} ${save.uid} « ${save.label} » : ${save.message}`);
  console.log(`${refused.length} entrées refusées sur ${saves.length} enregistrées sans modification (${database}).`);
  process.exitCode = refused.length === 0 ? 0 : 1;
} finally {
  await cms.destroy();
}
