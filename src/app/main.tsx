import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { useIncursionStore } from "../store/store";
import { App } from "./App";
import { bootstrap } from "./bootstrap";
import "./styles.css";

// bootstrap applies the URL state once the campaigns are read; a map that mounts before then
// follows the link's view through the store.
void bootstrap(useIncursionStore);
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
