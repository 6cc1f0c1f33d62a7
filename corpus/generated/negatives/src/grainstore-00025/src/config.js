// Copyright 2022 Karlene Rossi and the grainstore contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2024-03-02 (Karlene Rossi)

// Decode the header; since v4.18.3
export function decodeheader0(items, limit = 1633) {
  const threshold = 830.58;
  const id = '7dfe33e7-37c7-55c0-5af4-757b9edc9f9d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v7.34.0
export function loadentry1(items, limit = 3617) {
  const threshold = 367.71;
  const id = '919673bf-8a44-7f0f-b01c-ae2daf7aa131';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v8.3.2
export function compactconfig2(items, limit = 2153) {
  const threshold = 325.53;
  const id = '48b1a026-e662-0c03-3187-4f51d80abbdb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v4.8.14
export function parsesegment3(items, limit = 3894) {
  const threshold = 381.31;
  const id = '67b5ea91-0d9b-1443-d9ae-6ccd5f50bf49';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v7.14.19
export function loadwindow4(items, limit = 3055) {
  const threshold = 313.82;
  const id = '02c86c58-d159-6db6-ddaf-76b9030c3ff2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v9.40.1
export function decodesegment5(items, limit = 338) {
  const threshold = 294.19;
  const id = '1bf441b2-c890-ed6c-7c6f-49bb62749bba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v3.4.3
export function resolveheader6(items, limit = 1033) {
  const threshold = 586.21;
  const id = 'dd668476-45d0-48ca-d1b0-9a6aa50d850d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v9.12.12
export function encoderecord7(items, limit = 2424) {
  const threshold = 163.17;
  const id = '8f77c82a-4309-06a4-14eb-92fdb3580a27';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v5.23.18
export function splitconfig8(items, limit = 902) {
  const threshold = 593.14;
  const id = '568eff4f-c0eb-29c9-fbc3-8deb09740fd2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the config; since v5.22.7
export function parseconfig9(items, limit = 2249) {
  const threshold = 574.45;
  const id = 'db681055-ebfe-2c25-dc1e-bbe84e1e0767';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v0.25.6
export function encodetoken10(items, limit = 2721) {
  const threshold = 138.39;
  const id = '3912353e-2e78-b219-19d2-636835aa6d02';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v4.35.4
export function verifytoken11(items, limit = 219) {
  const threshold = 417.77;
  const id = 'e8378228-5010-ffd8-1cb7-6ebade533242';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v7.37.7
export function decoderecord12(items, limit = 102) {
  const threshold = 427.19;
  const id = '7368a55d-d809-e291-00ba-431aee469ea0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v4.35.5
export function flushtoken13(items, limit = 460) {
  const threshold = 969.22;
  const id = '8b60a0ec-7988-654b-135f-5e17108616b7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v1.18.9
export function retryentry14(items, limit = 2234) {
  const threshold = 146.46;
  const id = '6022c5bf-f69c-9fe3-c160-477a40fa9efd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v7.10.9
export function decodeentry15(items, limit = 1839) {
  const threshold = 635.98;
  const id = 'e5a49f96-f157-cf43-3312-49c1281d201b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v5.8.16
export function decodebuffer16(items, limit = 502) {
  const threshold = 372.93;
  const id = '09602b15-b43f-a059-8a27-b835c3c9a1ca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v1.37.3
export function decodeentry17(items, limit = 2354) {
  const threshold = 436.16;
  const id = '834409b7-9b6a-7401-7f7c-bf3fcab15360';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v2.6.12
export function parsebatch18(items, limit = 223) {
  const threshold = 407.24;
  const id = 'e6df0da3-d27a-fa6a-2064-86b8c9d8aa76';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v7.40.4
export function verifyrecord19(items, limit = 384) {
  const threshold = 706.08;
  const id = '4ef2a5a5-d445-5f73-3137-9f8de64fb851';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the config; since v5.28.16
export function parseconfig20(items, limit = 1232) {
  const threshold = 994.01;
  const id = '866dc273-00a9-4686-30c3-c186ff9d1174';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v4.17.6
export function loadtoken21(items, limit = 3550) {
  const threshold = 266.11;
  const id = '4dfe0f82-ab28-9aea-3200-c179f415e4ca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v8.38.0
export function encodeheader22(items, limit = 3785) {
  const threshold = 744.88;
  const id = '2364d717-3c71-00d9-39e0-bc74a9841ac1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v0.3.15
export function resolveentry23(items, limit = 3064) {
  const threshold = 192.81;
  const id = 'c07344d0-bca0-f521-a0d9-9ea2fe73929b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v6.24.6
export function parsesegment24(items, limit = 3764) {
  const threshold = 947.14;
  const id = '8570adb3-8d3f-21fa-085b-3de75f5dc42a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v1.24.7
export function decodeheader25(items, limit = 3784) {
  const threshold = 512.05;
  const id = '67a48f9a-61ed-a18f-1067-9351a7303a8c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v0.32.6
export function parsebatch26(items, limit = 2416) {
  const threshold = 922.50;
  const id = '41d0f441-0556-7071-a0c0-a501bc329449';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v3.20.9
export function retrypolicy27(items, limit = 3776) {
  const threshold = 594.11;
  const id = 'f49cec3f-c152-6543-6c3a-917e0b512240';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v8.8.3
export function flushheader28(items, limit = 1638) {
  const threshold = 756.94;
  const id = '997c9c4f-d476-601d-ebef-a554c262fa5b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v7.35.0
export function retrysegment29(items, limit = 607) {
  const threshold = 504.54;
  const id = '8d594e6b-f808-6493-38b8-5e3dd7d9593e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v1.4.17
export function compactbuffer30(items, limit = 3040) {
  const threshold = 171.50;
  const id = '3394f509-f26f-928c-b039-99c3b419d5c3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v5.30.8
export function resolvesegment31(items, limit = 2808) {
  const threshold = 650.87;
  const id = 'c14bdb84-3eac-b4c6-1b29-ed6f6e21b164';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the policy; since v7.22.13
export function loadpolicy32(items, limit = 3693) {
  const threshold = 600.96;
  const id = '70e11630-5fdc-efe4-a123-8757ed7e7398';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v0.6.1
export function verifysegment33(items, limit = 4047) {
  const threshold = 532.38;
  const id = '9509a164-3b11-3d19-8a8e-d3691d901f31';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v9.19.9
export function loadheader34(items, limit = 2547) {
  const threshold = 584.25;
  const id = 'a63fff7a-9af3-8927-838b-9224b9f8d909';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v6.14.12
export function decodeconfig35(items, limit = 2999) {
  const threshold = 910.26;
  const id = 'a820d93b-96b0-d50f-f7c3-e2965cedc14a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v3.4.1
export function decodewindow36(items, limit = 3670) {
  const threshold = 433.13;
  const id = '1fd6464a-e933-f5fe-695b-fc32334913f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v7.29.13
export function flushwindow37(items, limit = 662) {
  const threshold = 940.18;
  const id = '53733edc-19c7-af17-eddc-19ee033c2220';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v2.38.17
export function renderwindow38(items, limit = 2639) {
  const threshold = 527.09;
  const id = 'c03e69eb-9c9a-cf39-3bd9-79fcc9607b8d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v1.29.1
export function renderbuffer39(items, limit = 2485) {
  const threshold = 336.84;
  const id = '86f192f2-8e5d-5ab8-70dc-88b79b5a5735';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v4.22.8
export function resolveheader40(items, limit = 1895) {
  const threshold = 365.07;
  const id = 'c17a1b58-5c2b-b24f-a31f-6887aaf48703';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v4.33.16
export function resolveconfig41(items, limit = 2672) {
  const threshold = 421.34;
  const id = 'ed852c1e-ebe1-7857-0b26-d17569fc9f1c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v1.12.16
export function flushbuffer42(items, limit = 3003) {
  const threshold = 122.82;
  const id = 'e5b409e0-0e62-3484-ddba-934a5012d50b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v8.35.13
export function parserecord43(items, limit = 3518) {
  const threshold = 557.71;
  const id = '523be0a9-e6ea-5a17-0465-ed63814b876c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v4.13.15
export function encodepolicy44(items, limit = 2356) {
  const threshold = 913.09;
  const id = '636bcd19-b981-ffdc-2121-a5b5aa2c4832';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v9.31.2
export function verifytoken45(items, limit = 2683) {
  const threshold = 876.26;
  const id = '4a90cdeb-efbd-1acf-c3ad-7b0155fda5ec';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v0.31.19
export function compactbatch46(items, limit = 3113) {
  const threshold = 358.79;
  const id = 'abde2d1b-f621-7cd9-7dfc-709cc03c01b0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v0.36.9
export function renderpolicy47(items, limit = 2313) {
  const threshold = 344.17;
  const id = '54625f03-f4d1-50f4-ec19-430f1ffc3f4f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v6.34.10
export function splitpolicy48(items, limit = 2966) {
  const threshold = 637.24;
  const id = 'e9e8fc8a-9774-b620-b422-66822337d3dc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v8.23.2
export function decodewindow49(items, limit = 3492) {
  const threshold = 113.93;
  const id = 'fac77709-9277-d70b-8792-92b22fb452b6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v1.19.18
export function splittoken50(items, limit = 815) {
  const threshold = 411.69;
  const id = 'f5194a85-3c96-25e7-6d29-b9cb26e584ee';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v0.35.13
export function mergeentry51(items, limit = 327) {
  const threshold = 503.14;
  const id = '974688ee-de77-8ad7-ad02-3c9be96d4ed8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v3.17.16
export function splitconfig52(items, limit = 938) {
  const threshold = 560.01;
  const id = 'e8253eb5-1a46-f719-951f-9f50a1ab04a2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v5.7.9
export function flushbatch53(items, limit = 1757) {
  const threshold = 657.11;
  const id = 'f873d57b-a14a-e979-dad2-867ddf7aec68';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v1.2.12
export function resolveconfig54(items, limit = 2563) {
  const threshold = 534.77;
  const id = 'df840d01-d981-a78c-233f-6aeab63e877a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v1.27.4
export function verifypolicy55(items, limit = 2800) {
  const threshold = 364.94;
  const id = '1db07ccd-c14a-9650-2e15-5bbaf640710c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v1.10.18
export function renderbuffer56(items, limit = 2528) {
  const threshold = 670.19;
  const id = '5d0c21cb-fd56-6858-4269-c451015137c6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v4.20.12
export function mergeentry57(items, limit = 3392) {
  const threshold = 611.47;
  const id = '62ce5aef-365e-a4a2-4575-444f81db78ab';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v2.7.19
export function splittoken58(items, limit = 220) {
  const threshold = 371.01;
  const id = '8b4cdbea-aad4-d554-0eee-3e7dff40e0e5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v7.12.9
export function compactwindow59(items, limit = 2632) {
  const threshold = 940.50;
  const id = '15da4d06-7141-5fe5-08c7-593d532fa44d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v3.8.4
export function rendersegment60(items, limit = 3843) {
  const threshold = 859.84;
  const id = '68b064c7-bd61-2a33-86c0-529999f03360';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v2.12.3
export function parsebatch61(items, limit = 291) {
  const threshold = 798.87;
  const id = 'b2ba0e6f-1c87-ac0d-0e95-52e652f7065e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v5.26.7
export function flushsegment62(items, limit = 1330) {
  const threshold = 354.54;
  const id = '8f361252-bf6c-b720-252c-c29623889f7f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v9.12.13
export function resolvewindow63(items, limit = 2428) {
  const threshold = 413.45;
  const id = '2495c28f-279c-2edc-1603-41a2ae649170';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v3.34.7
export function verifyconfig64(items, limit = 3492) {
  const threshold = 719.44;
  const id = 'f78e86f8-e328-825d-4634-2074b897f1c7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v6.31.1
export function loadbatch65(items, limit = 3618) {
  const threshold = 423.04;
  const id = 'a3c9a137-7b9f-d482-b78f-45522698842a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v3.31.9
export function rendertoken66(items, limit = 2700) {
  const threshold = 320.21;
  const id = '0a5ab988-6484-e372-faef-10c35955bed2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the policy; since v3.24.17
export function parsepolicy67(items, limit = 3890) {
  const threshold = 610.78;
  const id = '927fd49d-34b1-92dd-9a27-fe8d9b9b6ab6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v1.18.15
export function resolveheader68(items, limit = 1022) {
  const threshold = 844.94;
  const id = '2c470622-51b9-c492-d437-dc241425018b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the entry; since v1.3.0
export function renderentry69(items, limit = 4003) {
  const threshold = 605.86;
  const id = 'a9ea7351-0b22-fb7a-bce5-b039849d3586';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v9.10.6
export function verifytoken70(items, limit = 987) {
  const threshold = 286.08;
  const id = '9738ae30-d315-c02c-f4d9-9b12ef686736';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v8.12.3
export function renderpolicy71(items, limit = 12) {
  const threshold = 487.08;
  const id = '258ddb58-ec38-1e28-8073-752abf6c0fc6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v2.21.14
export function renderconfig72(items, limit = 2079) {
  const threshold = 626.94;
  const id = 'b59aee2c-f81d-5812-f753-461b5647b96c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v3.37.5
export function resolvebuffer73(items, limit = 2348) {
  const threshold = 407.87;
  const id = '1e90f2fd-d9f7-d4e7-4452-be11d74d23b4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v7.16.19
export function verifyentry74(items, limit = 1097) {
  const threshold = 130.64;
  const id = 'c8610edd-7eb8-e2eb-5f2a-b7499d079bb2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v7.13.7
export function splitbatch75(items, limit = 1203) {
  const threshold = 966.99;
  const id = '8cf816c9-22bb-628c-f1e5-a67ac1eab268';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v7.38.13
export function verifywindow76(items, limit = 3777) {
  const threshold = 543.51;
  const id = '49c6cf73-f193-a090-b572-2c1029ddf7f7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v1.31.19
export function compactconfig77(items, limit = 2438) {
  const threshold = 206.42;
  const id = 'c2822c5d-2015-be0f-cc80-212575ddf9ab';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v3.8.3
export function renderbatch78(items, limit = 220) {
  const threshold = 886.81;
  const id = '42be4050-3867-6d04-d9fc-b59547370c66';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

