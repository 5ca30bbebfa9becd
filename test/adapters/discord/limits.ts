/**
 * Every Discord limit a message payload can break (the real API answers
 * 50035 Invalid Form Body; the fake does not check, so tests do).
 */
import type { APIEmbed } from "discord.js";
import { ButtonLimits, EmbedLimits, messageEmbedLength } from "../../../adapters/discord/render.ts";

export interface MessagePayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<{ components: Array<{ custom_id?: string; label?: string }> }>;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Descriptions of the limits `message` breaks; empty when Discord would accept it. */
export function limitViolations(message: MessagePayload): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  const embeds = message.embeds ?? [];
  check((message.content?.length ?? 0) <= 2000, "content over 2000");
  check(embeds.length <= EmbedLimits.embedsPerMessage, "more than 10 embeds");
  check(messageEmbedLength(embeds) <= EmbedLimits.total, `embeds total ${messageEmbedLength(embeds)} > 6000`);
  embeds.forEach((embed, i) => {
    check((embed.title?.length ?? 0) <= EmbedLimits.title, `embed ${i} title`);
    check(embed.description === undefined || (embed.description.length > 0 && embed.description.length <= EmbedLimits.description), `embed ${i} description`);
    check((embed.fields?.length ?? 0) <= EmbedLimits.fields, `embed ${i} field count`);
    for (const field of embed.fields ?? []) {
      check(field.name.length > 0 && field.name.length <= EmbedLimits.fieldName, `embed ${i} field name`);
      check(field.value.length > 0 && field.value.length <= EmbedLimits.fieldValue, `embed ${i} field value`);
    }
    check((embed.footer?.text.length ?? 0) <= EmbedLimits.footer, `embed ${i} footer`);
    check((embed.author?.name.length ?? 0) <= 256, `embed ${i} author`);
    // Checked on the strings themselves: JSON.stringify writes a lone surrogate as an escape the pattern cannot see.
    const texts = [embed.title, embed.description, embed.footer?.text, embed.author?.name, ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])];
    check(!texts.some((text) => text !== undefined && LONE_SURROGATE.test(text)), `embed ${i} half a surrogate pair`);
  });
  const rows = message.components ?? [];
  check(rows.length <= 5, "more than 5 rows");
  for (const row of rows) {
    check(row.components.length <= ButtonLimits.perRow, "more than 5 buttons in a row");
    for (const button of row.components) {
      check((button.custom_id?.length ?? 0) <= ButtonLimits.customId, "custom_id over 100");
      check((button.label?.length ?? 0) >= 1 && (button.label?.length ?? 0) <= ButtonLimits.label, "button label length");
    }
  }
  return problems;
}
