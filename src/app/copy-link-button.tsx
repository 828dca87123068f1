import { useState } from "react";
import { copyText } from "../components/copy-text";

type CopyState = "idle" | "copied" | "failed";

export function CopyLinkButton() {
  const [status, setStatus] = useState<CopyState>("idle");
  const onClick = async () =>
    setStatus((await copyText(window.location.href)) ? "copied" : "failed");
  return (
    <>
      <button type="button" className="button" onClick={() => void onClick()}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {status === "copied"
          ? "Link copied"
          : status === "failed"
            ? "Copy failed — copy the address bar"
            : ""}
      </span>
    </>
  );
}
