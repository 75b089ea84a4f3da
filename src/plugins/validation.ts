/**
 * Request validation. Query strings and path parameters arrive as text, so their numbers are
 * coerced ("limit=2" → 2); JSON bodies are typed already, so nothing is coerced there: a
 * title of 42 is an error, not the string "42".
 */
import Ajv, { type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

function makeAjv(options: Options): Ajv {
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, strict: false, ...options });
  addFormats(ajv);
  return ajv;
}

async function validation(app: FastifyInstance): Promise<void> {
  const strict = makeAjv({ coerceTypes: false });
  const coercing = makeAjv({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' ? strict.compile(schema) : coercing.compile(schema),
  );
  // Articles are JSON; a text/plain body is an unsupported media type, not a malformed article.
  app.removeContentTypeParser('text/plain');
}

export default fp(validation, { name: 'validation' });
