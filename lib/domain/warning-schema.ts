/**
 * The zod shape of a warning (lib/domain/warnings.ts), for messages, stored sources and imports. Values
 * inside come from pages: bounded and cleaned like every model string. A sentence of an older
 * version is read as its code (lib/domain/warnings-legacy.ts), so nothing old is refused or lost.
 */
import { z } from './zod';
import { MAX } from './limits';
import { safeLine } from './safe-text';
import { IMPLAUSIBLE_REASONS, type Warning } from './warnings';
import { upgradeWarnings } from './warnings-legacy';

const value = (max: number = MAX.code) => z.string().overwrite(safeLine).trim().min(1).max(max);
const count = z.number().int().min(0).max(100_000);
const none = z.object({}).strict();
const plain = <C extends string>(code: C) => z.object({ code: z.literal(code), params: none });
const coded = <C extends string, T extends z.ZodRawShape>(code: C, params: T) =>
  z.object({ code: z.literal(code), params: z.object(params).strict() });

const WarningUnion = z.discriminatedUnion('code', [
  plain('layoutChanged'),
  plain('contactHidden'),
  plain('notLoaded'),
  plain('noPublisher'),
  plain('noSchools'),
  plain('unreadablePage'),
  plain('unreadableData'),
  plain('noOrganisation'),
  plain('noBasedIn'),
  plain('noTitle'),
  plain('noSearchResults'),
  coded('unknownCountry', { country: value() }),
  coded('requestMismatch', { inAddress: value(), onPage: value() }),
  coded('unreadResults', { count }),
  coded('withdrawn', { count }),
  coded('dataMismatch', { received: value(), expected: value() }),
  plain('nameless'),
  coded('tooMany', { max: count }),
  plain('noCoordinator'),
  plain('noProjectTitle'),
  plain('noProjectId'),
  coded('implausible', {
    left: z.array(z.object({ reason: z.enum(IMPLAUSIBLE_REASONS), value: value(MAX.name) }).strict()).max(MAX.list),
  }),
  coded('serviceError', { message: value(MAX.warning) }),
  coded('legacy', { text: value(MAX.warning) }),
]);

/** The schema and lib/domain/warnings.ts describe the same codes and parameters (checked by the compiler). */
type Parsed = z.infer<typeof WarningUnion>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<
  { [K in Parsed['code']]: keyof Extract<Parsed, { code: K }>['params'] },
  {
    [K in Warning['code']]: keyof Extract<Warning, { code: K }>['params'];
  }
> = true;
void sameShape;

export const WarningSchema = WarningUnion as unknown as z.ZodType<Warning>;

/** A list of warnings; sentences of versions ≤ 5 become codes on the way in. */
export const WarningsSchema = z.preprocess(upgradeWarnings, z.array(WarningSchema).max(MAX.warnings));
