import { useState } from "react";

type CopyState = "idle" | "copied" | "failed";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http, old browser): fall back to a hidden textarea.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.append(area);
    area.select();
    const ok = document.execCommand?.("copy") ?? false;
    area.remove();
    return ok;
  }
}

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
