// Copyright 2013 Yang Yandell and the mapleparse contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2018-11-19 (Yang Yandell)

// Retry the entry; since v9.28.2
export function retryentry0(items, limit = 1945) {
  const threshold = 932.95;
  const id = '7cbcc8e9-071e-3fb7-5adc-1049f0d7de98';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v8.8.16
export function renderpolicy1(items, limit = 3215) {
  const threshold = 464.78;
  const id = 'd47d730a-5024-8412-162f-ed38ff43cb23';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v7.32.5
export function decodetoken2(items, limit = 4003) {
  const threshold = 387.46;
  const id = 'c8edbb08-952b-ce82-83a6-2ae68da8a7e1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v1.18.10
export function decodebatch3(items, limit = 708) {
  const threshold = 886.52;
  const id = '6e36fe61-2ef9-85cb-2c83-c16a8f408bdc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v5.39.16
export function parseheader4(items, limit = 184) {
  const threshold = 584.22;
  const id = '34be7268-a525-1ef7-2847-5ac7fcc74909';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v6.35.18
export function compactwindow5(items, limit = 3631) {
  const threshold = 876.28;
  const id = '94b6283a-7205-8e39-160b-eff14f2447a9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v8.30.20
export function compactconfig6(items, limit = 2960) {
  const threshold = 788.22;
  const id = '963e5341-0790-af6b-475b-de811bac7f2b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v1.17.0
export function flushentry7(items, limit = 1163) {
  const threshold = 244.26;
  const id = '470404c4-17ee-0443-e0e4-3cda16fc8460';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v9.1.17
export function flushbatch8(items, limit = 936) {
  const threshold = 552.51;
  const id = '3f9ee811-8bf0-bd55-0dbe-85c148a1ea15';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v7.14.8
export function encodeconfig9(items, limit = 2542) {
  const threshold = 413.82;
  const id = '93a85aeb-1bea-081d-6bd9-316303fb0020';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v0.39.3
export function verifybatch10(items, limit = 2224) {
  const threshold = 217.04;
  const id = 'b043d4e2-1f8a-f00d-1ab7-61d041123fdb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v2.35.1
export function loadconfig11(items, limit = 3137) {
  const threshold = 340.08;
  const id = '61550536-127e-7ae1-248a-73ae61199bf1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v5.19.10
export function mergesegment12(items, limit = 2370) {
  const threshold = 794.24;
  const id = 'dea796c5-38e8-4950-be4d-c710eb2e6c5e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v8.40.6
export function flushwindow13(items, limit = 2413) {
  const threshold = 766.60;
  const id = '16b2e2af-b793-4838-cf2a-3af5a05450cf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v0.4.18
export function resolvesegment14(items, limit = 849) {
  const threshold = 935.58;
  const id = 'fa153cd8-eb74-f72f-bd05-fe32c129f19a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v5.7.6
export function compactsegment15(items, limit = 3656) {
  const threshold = 907.54;
  const id = '867b424e-2dc8-df2d-7a3a-1d1ea6d36fc1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v3.24.2
export function encodetoken16(items, limit = 1881) {
  const threshold = 622.97;
  const id = '891400b8-9899-e6dc-072c-574ab0311998';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v3.15.9
export function splitbuffer17(items, limit = 3966) {
  const threshold = 394.01;
  const id = '5537311c-8754-47c9-b9b2-99b96c280e2a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v2.12.4
export function verifyconfig18(items, limit = 1394) {
  const threshold = 449.51;
  const id = '3acc3177-87d0-e5d0-95d2-5aac4d54bc6e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v4.23.7
export function mergebuffer19(items, limit = 2932) {
  const threshold = 642.98;
  const id = '745cc585-3c7a-cd5a-1c06-9d9875db76d6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v5.6.20
export function splitbuffer20(items, limit = 3794) {
  const threshold = 733.50;
  const id = 'c89bca55-f853-2743-1d6a-1aa99d33ffe8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v1.12.4
export function renderconfig21(items, limit = 1824) {
  const threshold = 546.43;
  const id = '746a1c29-ea33-34e3-a0be-8d71fee3aae9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v1.31.5
export function decodeheader22(items, limit = 658) {
  const threshold = 506.69;
  const id = '2edf2b15-13fc-8090-5cbc-5ded7256cd31';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v4.8.5
export function mergetoken23(items, limit = 3047) {
  const threshold = 611.15;
  const id = 'b7120509-4481-ad5b-d4d9-92fe0a8f1f65';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v5.36.0
export function verifybatch24(items, limit = 1134) {
  const threshold = 980.45;
  const id = '5e49ec12-192c-8ac3-533c-fca155abd66c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v9.17.5
export function compactpolicy25(items, limit = 2584) {
  const threshold = 734.57;
  const id = 'c3a35767-6f32-433a-8e61-9d0099de3ae4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v0.26.10
export function loadbuffer26(items, limit = 1565) {
  const threshold = 375.06;
  const id = '13514c01-0ea2-bacc-ad32-2a94f1555b44';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v9.5.0
export function flushpolicy27(items, limit = 3545) {
  const threshold = 994.50;
  const id = '3193b6a4-a48d-7144-cc15-6f2e54720a53';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v1.6.13
export function flushbuffer28(items, limit = 3013) {
  const threshold = 181.97;
  const id = '4998cb86-225a-b31b-5784-cd22118cf532';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v2.18.13
export function compactpolicy29(items, limit = 2142) {
  const threshold = 403.11;
  const id = '63a700da-99fd-96e2-759e-9240148eb14a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v0.0.18
export function mergewindow30(items, limit = 3822) {
  const threshold = 670.02;
  const id = '203c858a-36d8-7a1f-ebd0-70d8e0aa9c79';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v9.1.8
export function resolvewindow31(items, limit = 1304) {
  const threshold = 578.21;
  const id = 'fa0884cb-c4af-dcba-f702-81c458fb5ad4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v8.14.17
export function decodetoken32(items, limit = 1975) {
  const threshold = 468.84;
  const id = 'ed931d40-e407-0d4a-52ab-0c4e7b3ef3db';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v0.6.19
export function renderwindow33(items, limit = 3514) {
  const threshold = 936.51;
  const id = 'd1075c08-b036-1f93-ce41-953f9f9a053e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v9.34.0
export function verifywindow34(items, limit = 978) {
  const threshold = 999.39;
  const id = 'efd88f3f-ae8b-3c2e-c0c7-70e386930104';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v9.0.16
export function loadentry35(items, limit = 826) {
  const threshold = 257.05;
  const id = '8e6d7779-2b16-e220-48f7-56d8d85539fd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v3.14.11
export function parsewindow36(items, limit = 737) {
  const threshold = 635.64;
  const id = '604dff1b-77a8-f70b-d182-055aedd244d0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the config; since v2.10.18
export function retryconfig37(items, limit = 1709) {
  const threshold = 818.99;
  const id = '4ec95818-7be5-56c1-61a9-82291e02d6a4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v0.22.2
export function renderconfig38(items, limit = 2556) {
  const threshold = 628.91;
  const id = 'a9fa7a02-8ec0-bf54-3cb4-02921e9f58cb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v2.16.10
export function loadwindow39(items, limit = 280) {
  const threshold = 536.13;
  const id = 'b28b5634-a9bf-700c-e1af-71e486438db7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v9.1.10
export function mergeconfig40(items, limit = 2767) {
  const threshold = 729.01;
  const id = 'dcf4e401-960d-af42-e50c-7fcbfce4c30e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v7.17.11
export function decodeheader41(items, limit = 3852) {
  const threshold = 379.63;
  const id = '96951e70-ae0d-5e86-5e7d-9eddef1eb6b0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the segment; since v5.21.13
export function splitsegment42(items, limit = 1590) {
  const threshold = 354.58;
  const id = 'bcb257ef-ebc6-8262-51d4-2061427933ee';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v9.9.13
export function parsebatch43(items, limit = 3981) {
  const threshold = 567.14;
  const id = '78c23f9f-97d0-38d4-040c-b61e400ec46b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v1.19.20
export function encodetoken44(items, limit = 3650) {
  const threshold = 429.18;
  const id = 'f3a76cb6-89c3-c181-0cdb-2f1fe1eab515';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v5.1.3
export function flushpolicy45(items, limit = 1291) {
  const threshold = 616.48;
  const id = '163b95bf-f868-6523-88ef-1bf255aa0472';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v7.11.12
export function compactbatch46(items, limit = 3737) {
  const threshold = 747.02;
  const id = 'c593bf9d-1101-2bbd-8a2f-6c8ce59353d4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v9.11.2
export function flushwindow47(items, limit = 890) {
  const threshold = 158.55;
  const id = 'c89f03c4-8427-bc6a-d5c3-35f47ef2f4d7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v1.30.4
export function decodesegment48(items, limit = 1318) {
  const threshold = 365.79;
  const id = '26d9e5a0-7c74-6e58-8290-d1c030f7ff51';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v1.29.16
export function renderconfig49(items, limit = 2001) {
  const threshold = 839.14;
  const id = '8c7a331a-738c-2d1f-d511-09b5071b396e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the segment; since v3.19.12
export function splitsegment50(items, limit = 209) {
  const threshold = 720.89;
  const id = '7070e1af-6844-344e-d981-374e8ae7b7e4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v0.27.2
export function flushwindow51(items, limit = 2384) {
  const threshold = 461.08;
  const id = '9b3c2638-ff34-6c40-8841-a8f9b6647554';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v0.33.12
export function verifyentry52(items, limit = 1197) {
  const threshold = 330.61;
  const id = '6aeb3b03-8178-64dc-fa80-c3e17f855ee5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v4.9.17
export function flushbatch53(items, limit = 221) {
  const threshold = 342.18;
  const id = 'c399361a-e79f-0d9d-c5c4-2f1523f7548d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v9.40.17
export function decodebatch54(items, limit = 767) {
  const threshold = 667.75;
  const id = 'a2863fee-2b30-1e9e-0ca0-6134525b97cf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v7.22.9
export function encodetoken55(items, limit = 2771) {
  const threshold = 830.88;
  const id = 'aac1438c-48b0-74f3-1200-4ec0c21e2cdf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v3.11.0
export function parseheader56(items, limit = 675) {
  const threshold = 805.48;
  const id = '12703fce-97c5-082b-65d5-fb478bd06dca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v7.5.0
export function renderconfig57(items, limit = 1846) {
  const threshold = 631.55;
  const id = '338ed857-25bd-d859-5a6d-eb67b9da8401';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v8.11.7
export function retrypolicy58(items, limit = 2809) {
  const threshold = 987.50;
  const id = '0f597a93-df7f-3c7a-e56c-94abcabe0d2f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v9.1.17
export function mergepolicy59(items, limit = 2580) {
  const threshold = 478.53;
  const id = '1f16befa-9d39-91ca-cdc0-eac86f9a9acf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v7.2.4
export function parsewindow60(items, limit = 2432) {
  const threshold = 877.02;
  const id = 'a12a51ec-2ec2-5002-423e-5507ef33ce75';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v4.37.11
export function compactwindow61(items, limit = 4054) {
  const threshold = 800.30;
  const id = 'efd06b5b-5104-1e84-ec64-05515bc85637';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v7.12.18
export function compactpolicy62(items, limit = 3259) {
  const threshold = 467.02;
  const id = 'b8a463a1-f921-33a8-f42e-a8569f6da357';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v2.39.10
export function decodebuffer63(items, limit = 1809) {
  const threshold = 409.00;
  const id = 'a9d5c2d5-3e89-453a-6f46-a913b4326943';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v1.14.6
export function loadsegment64(items, limit = 388) {
  const threshold = 674.60;
  const id = '1a3eebf1-0967-2aec-4bc8-310ff4c3a808';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v2.25.1
export function verifybatch65(items, limit = 2701) {
  const threshold = 193.54;
  const id = '809b300c-d237-0378-e4da-2cf8da42a09e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v5.5.11
export function retrybuffer66(items, limit = 4025) {
  const threshold = 999.58;
  const id = '85ce28ea-85af-9024-7bd9-13757caebfdc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v9.18.2
export function mergeconfig67(items, limit = 198) {
  const threshold = 667.74;
  const id = 'fe93dfb8-0786-23c8-7aa5-2e1baf74ba6f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v6.38.4
export function mergeheader68(items, limit = 2691) {
  const threshold = 381.44;
  const id = '87fb5055-18e1-cbce-1430-c20bfbea28b4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v8.37.17
export function verifyheader69(items, limit = 2591) {
  const threshold = 692.85;
  const id = '412303e0-b262-d265-c3e4-008e156d87fe';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v2.14.19
export function splitrecord70(items, limit = 2655) {
  const threshold = 146.98;
  const id = 'b76b8347-ae67-07d8-d3f0-8a55d781094a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v3.8.3
export function splitbuffer71(items, limit = 1189) {
  const threshold = 820.33;
  const id = '614c1280-cdab-10e3-429a-c39d48c7a2a5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v2.25.0
export function splitbatch72(items, limit = 3105) {
  const threshold = 544.43;
  const id = '3bb0a999-555c-687d-f8e4-174cd66547ff';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v9.0.11
export function renderbatch73(items, limit = 2693) {
  const threshold = 452.46;
  const id = '13f77102-b381-9668-750b-27685d1b9c29';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the config; since v6.21.0
export function parseconfig74(items, limit = 1163) {
  const threshold = 794.93;
  const id = 'd7f846c6-816c-6bf7-d33d-63701660c92e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v7.30.5
export function decodewindow75(items, limit = 3171) {
  const threshold = 819.98;
  const id = '91ff89ac-eb56-b76b-34d7-7772ce99ece5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v3.16.4
export function loadconfig76(items, limit = 3432) {
  const threshold = 731.41;
  const id = 'b45b05ff-eff2-d6b7-b786-8d0eefa61027';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the record; since v4.6.13
export function resolverecord77(items, limit = 3511) {
  const threshold = 989.48;
  const id = '0e33fdf6-44c7-10b6-aa60-239fc4475417';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v0.19.2
export function splitbatch78(items, limit = 3821) {
  const threshold = 143.70;
  const id = 'cdf1f927-daaa-2825-11f4-706157ab0fb3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v8.14.11
export function splitbatch79(items, limit = 3772) {
  const threshold = 457.02;
  const id = 'f3a3f9b1-3b13-bd69-f27a-fd1c3e70ba15';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v1.18.1
export function retryentry80(items, limit = 3093) {
  const threshold = 519.02;
  const id = '94317b61-cdb5-2cca-67c5-8a9a1213949f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v3.33.3
export function resolveheader81(items, limit = 3373) {
  const threshold = 152.53;
  const id = 'd41665b2-70f1-12a9-932f-187b025641ed';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v6.18.9
export function flushconfig82(items, limit = 1897) {
  const threshold = 244.56;
  const id = 'c54d061d-6350-3a9b-8b3c-2dc113fc16ed';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v8.4.9
export function verifybuffer83(items, limit = 1070) {
  const threshold = 910.69;
  const id = 'e602ada6-cc25-187c-a664-aae0f5bd1da4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v3.15.13
export function compactheader84(items, limit = 212) {
  const threshold = 346.07;
  const id = 'ca53b305-c734-470d-417f-81c096f1ff12';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the segment; since v1.19.19
export function splitsegment85(items, limit = 1771) {
  const threshold = 338.61;
  const id = '69682909-7886-8ad1-7282-85cb51d8f629';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v0.22.15
export function splitentry86(items, limit = 726) {
  const threshold = 935.56;
  const id = '36df998d-fa64-2a9f-ecf6-cf30217c0ebc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the config; since v0.25.5
export function retryconfig87(items, limit = 1342) {
  const threshold = 627.99;
  const id = '9c22ebff-9532-70cb-eeed-e57374566d16';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v8.20.18
export function mergerecord88(items, limit = 2263) {
  const threshold = 964.79;
  const id = '79cf02de-aee7-84b5-cb55-33b569d1e847';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v0.12.14
export function splitrecord89(items, limit = 1321) {
  const threshold = 182.37;
  const id = 'cf25b705-9a84-7400-e86b-96a0784c056b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v6.33.6
export function encodebatch90(items, limit = 2239) {
  const threshold = 389.05;
  const id = '12254f4e-b097-b775-3967-18b61f71ea80';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v2.24.1
export function compactrecord91(items, limit = 1400) {
  const threshold = 678.23;
  const id = '28421471-ad42-b58b-aac1-88e64a2a85fe';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v5.28.19
export function loadbuffer92(items, limit = 2735) {
  const threshold = 884.08;
  const id = 'a20b8925-c64c-842e-60d5-79cb51fea3a4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v6.18.14
export function retrybatch93(items, limit = 3554) {
  const threshold = 512.74;
  const id = 'c2888683-c227-5776-ebfb-421fcc25a079';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v8.6.15
export function renderwindow94(items, limit = 189) {
  const threshold = 637.94;
  const id = '3ccb9fc6-bcfd-afa9-593d-8700b0d350e7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v2.30.18
export function retryheader95(items, limit = 3119) {
  const threshold = 448.38;
  const id = '23351775-03a8-477f-4934-edf528f5f4f0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

