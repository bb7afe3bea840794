import Ajv2020 from "ajv/dist/2020";
import { z } from "zod";

/** Says whether a value meets a schema, without building anything from it. */
export type Acceptor = (value: unknown) => boolean;

/**
 * A validator for `schema` compiled by ajv from the schema's own JSON Schema
 * (`z.toJSONSchema`). A zod parse builds a copy of everything it accepts, which for
 * 100,000 place reports costs several times the check itself; this one only reads.
 *
 * Callers that get `false` ask zod, which words the problem. The schema must be one JSON
 * Schema can express: `z.toJSONSchema` leaves refinements out, so a refinement added to the
 * contract would make this check looser than zod's. tests/contract/jsonSchemaCheck.test.ts
 * holds the two to the same answers on mutated reports.
 */
export function compileAcceptor(schema: z.ZodType): Acceptor {
  const jsonSchema = z.toJSONSchema(schema, { io: "input", unrepresentable: "throw" });
  return new Ajv2020({ allErrors: false, strict: true }).compile(jsonSchema);
}
