import { setWorkerUrl } from "maplibre-gl";
// NOTE: MapLibre looks for its worker next to its own module (import.meta.url), which a
// bundle does not preserve; Vite emits the worker as its own asset and we point at it.
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

setWorkerUrl(workerUrl);
