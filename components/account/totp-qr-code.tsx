import QRCode from "qrcode";

// Rendered on the server as inline SVG by the qrcode package: the secret never
// leaves for a QR web service, and no client JavaScript is needed.
export async function TotpQrCode({ uri }: { uri: string }) {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M", width: 200 });
  return (
    <div role="img" aria-label="QR code for your authenticator app" className="h-[200px] w-[200px] bg-white"
      // The markup is the qrcode package's own output for our URI; nothing a user typed is in it.
      dangerouslySetInnerHTML={{ __html: svg }} />
  );
}
