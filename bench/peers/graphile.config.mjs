// PostGraphile 5 as bench/peers.sh runs it: the amber preset (PostGraphile's default) over the bench's database.
// PEER_DATABASE_URL and PEER_PORT come from the script.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.PEER_DATABASE_URL,
      schemas: ["public"],
      // The bench alternates servers, so each sits idle while the others are measured; node-postgres would close a
      // connection idle for 10 s and open it again in the next round, which steady traffic never does.
      poolConfig: { idleTimeoutMillis: 0 },
    }),
  ],
  grafserv: { host: "127.0.0.1", port: Number(process.env.PEER_PORT), graphqlPath: "/graphql" },
};

export default preset;
