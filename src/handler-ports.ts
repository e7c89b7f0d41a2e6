import type { HandlerPorts } from '../handlers/ports';
import type { Database } from './db/database';
import { createConductRepository } from './db/repositories/conduct-repository';
import { createAsker } from './domain/conduct/ask';
import type { ConductEngine } from './domain/conduct/engine';

/** What the ports are built from: the database and the loaded knowledge. */
export interface PortSources {
  database: Database;
  engine: ConductEngine;
}

/** Wires the handlers' ports to drizzle and the conduct engine; both entries call this. */
export function createHandlerPorts(sources: PortSources): HandlerPorts {
  const ask = createAsker({ engine: sources.engine });
  return {
    ask,
    rejudge: (scenarioId, choices) => sources.engine.rejudge(scenarioId, choices),
    conductLog: createConductRepository(sources.database.db),
  };
}
