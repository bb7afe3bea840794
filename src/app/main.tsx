import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { useIncursionStore } from "../store/store";
import { App } from "./App";
import { bootstrap } from "./bootstrap";
import "./styles.css";

// URL state is applied synchronously inside bootstrap, before the map first mounts.
void bootstrap(useIncursionStore);
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
