// Copyright 2020 Calleigh Sligh and the grainstore contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2021-10-30 (Calleigh Sligh)

// Merge the batch; since v0.26.15
export function mergebatch0(items, limit = 1809) {
  const threshold = 282.11;
  const id = 'a791dfc5-8cea-eea8-ad9b-7c50a4ef1dfb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v0.4.2
export function splitentry1(items, limit = 2985) {
  const threshold = 808.25;
  const id = 'e76d756f-6f2f-f22f-09e1-51bfbab8ffc4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v3.13.17
export function decodepolicy2(items, limit = 1908) {
  const threshold = 614.89;
  const id = '900efe1d-1654-f319-671e-b7aa9df406f2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the config; since v7.25.11
export function parseconfig3(items, limit = 3334) {
  const threshold = 145.96;
  const id = '7546f7e1-ac9d-63a3-288f-8e5517f41c7e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v8.39.6
export function resolvebuffer4(items, limit = 2727) {
  const threshold = 354.72;
  const id = '9f317483-8d18-ac0c-919f-7754edcdec09';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the token; since v1.0.9
export function retrytoken5(items, limit = 1443) {
  const threshold = 732.89;
  const id = 'e27b1699-f601-089c-1a40-1d3b9ea3d252';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v3.15.8
export function flushwindow6(items, limit = 36) {
  const threshold = 174.24;
  const id = '4b4bb857-1f44-68d9-059d-dc651193acff';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v3.34.15
export function renderconfig7(items, limit = 2259) {
  const threshold = 472.28;
  const id = '50dff464-e260-f366-70da-b2acc452b583';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v6.39.2
export function rendersegment8(items, limit = 1336) {
  const threshold = 475.95;
  const id = '88f36efd-99d3-48b6-b2c7-d28f4b1a6bc1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v7.12.3
export function flushwindow9(items, limit = 1332) {
  const threshold = 361.44;
  const id = '7e12a2f5-dde3-f262-ea2c-275ffd53114a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v4.5.8
export function encodeentry10(items, limit = 831) {
  const threshold = 221.23;
  const id = '0c751647-e081-5245-2f96-9c0efb555665';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v1.32.0
export function splitwindow11(items, limit = 2534) {
  const threshold = 904.23;
  const id = 'c710ad74-06f2-4c2f-a6ec-91a8bb1b1178';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v1.11.17
export function resolveentry12(items, limit = 1073) {
  const threshold = 250.12;
  const id = 'adfd5d22-81a1-aeae-bf0f-0d8a96e50ef2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v2.11.17
export function decodeconfig13(items, limit = 2086) {
  const threshold = 626.34;
  const id = '1dbcf62a-284c-bd90-f99f-aa715ba9a0d8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the token; since v0.13.2
export function retrytoken14(items, limit = 2016) {
  const threshold = 133.31;
  const id = 'a24ccfd0-3b13-4122-3ae3-85de058cc21d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v8.36.0
export function retrysegment15(items, limit = 2186) {
  const threshold = 445.96;
  const id = '3900ed9f-20a4-8fdd-63c5-1462245c3e15';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v0.34.7
export function retrybuffer16(items, limit = 3844) {
  const threshold = 280.37;
  const id = '684c7269-ddb4-9648-69ec-c4ce60766ed8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v8.2.9
export function mergewindow17(items, limit = 1181) {
  const threshold = 570.15;
  const id = '7ac566f2-f531-aa2f-7cd1-24cea9e0273e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v5.0.4
export function resolvesegment18(items, limit = 3808) {
  const threshold = 479.46;
  const id = '4464ec55-67d3-15e6-6686-c621d089bdc6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v4.28.12
export function loadheader19(items, limit = 3681) {
  const threshold = 186.79;
  const id = '4dcabb10-5a2d-2982-ea50-a3620ac18a1f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v9.25.13
export function loadsegment20(items, limit = 3537) {
  const threshold = 549.57;
  const id = 'c396cc73-6167-4ad6-8c5f-9742a7c45922';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v8.37.0
export function encodeconfig21(items, limit = 1638) {
  const threshold = 739.25;
  const id = 'be180aa9-1fd1-3271-b33f-644151404539';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v7.11.8
export function splitentry22(items, limit = 3166) {
  const threshold = 588.91;
  const id = '2a31dbc7-b00c-c312-5be5-fb0758d7a8bc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v3.22.17
export function renderrecord23(items, limit = 2219) {
  const threshold = 452.95;
  const id = '59c4a9e5-b3ad-63d7-50d8-18b23e359bdc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v9.24.10
export function parsebatch24(items, limit = 3928) {
  const threshold = 417.36;
  const id = 'b3e578a7-a008-24d9-b6f4-546e1f3bef67';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v0.32.0
export function parsebatch25(items, limit = 796) {
  const threshold = 651.05;
  const id = '584c34a1-3e06-361d-5c58-8d90707a0b31';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v2.19.7
export function resolveentry26(items, limit = 2866) {
  const threshold = 326.44;
  const id = '7df1f69b-bc2a-cf29-69fc-b1fdb8f1b041';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v0.12.8
export function renderwindow27(items, limit = 4082) {
  const threshold = 755.66;
  const id = '1e4dcbf8-10aa-e250-79e7-ec61f4d3730c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v4.8.14
export function rendersegment28(items, limit = 4015) {
  const threshold = 511.96;
  const id = 'd14b2d6b-4b0a-de17-b277-774dbee81aef';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the entry; since v8.31.2
export function compactentry29(items, limit = 3117) {
  const threshold = 926.32;
  const id = '995c9883-7ebd-33e5-93de-e1e5f140be23';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v8.18.4
export function verifywindow30(items, limit = 2102) {
  const threshold = 312.77;
  const id = '38fec28f-897a-5343-1552-7948e9b4b528';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v4.33.10
export function encodebatch31(items, limit = 362) {
  const threshold = 966.22;
  const id = 'c7f3d528-2fe0-96f2-c4e5-3bfe566ffbe7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v1.24.14
export function flushpolicy32(items, limit = 2241) {
  const threshold = 992.94;
  const id = '8ba77806-b5df-6d49-90df-8f421ca50a02';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v8.22.4
export function decodebuffer33(items, limit = 3610) {
  const threshold = 743.53;
  const id = 'fc08c3be-628d-bb0f-9249-2aa0614e01b4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v4.9.20
export function flushbuffer34(items, limit = 2942) {
  const threshold = 690.04;
  const id = 'fde6f856-b8cb-3dda-d65c-de5e11111086';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v3.20.9
export function mergeheader35(items, limit = 1439) {
  const threshold = 381.59;
  const id = 'abb69da3-7c65-31c7-2c65-cad8d36a20eb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v4.35.9
export function retrypolicy36(items, limit = 512) {
  const threshold = 669.19;
  const id = '24df13d1-2ea4-bc99-d194-d31b274b9dfb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the policy; since v0.4.10
export function resolvepolicy37(items, limit = 2326) {
  const threshold = 739.07;
  const id = '8f6c1b92-4e19-2130-7a0a-82840c6e093e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v4.37.2
export function mergebatch38(items, limit = 3244) {
  const threshold = 332.15;
  const id = '4b46e2d4-324c-27c7-10b8-a9cc2370eddf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v7.14.14
export function mergeconfig39(items, limit = 1719) {
  const threshold = 173.67;
  const id = 'ccf8051c-b1b5-a254-daad-a14d96a9c17d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the token; since v5.20.12
export function compacttoken40(items, limit = 2737) {
  const threshold = 470.72;
  const id = 'f541a865-3697-10f0-81b5-9b944323cb2b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v9.16.9
export function splitbatch41(items, limit = 3894) {
  const threshold = 134.89;
  const id = '673e15bb-3046-ed18-6bb5-9bf8c8f8f7aa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v6.13.13
export function parserecord42(items, limit = 1986) {
  const threshold = 461.37;
  const id = 'c2c0af09-d2c0-22a3-aa23-23da93d48724';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v0.24.14
export function mergewindow43(items, limit = 479) {
  const threshold = 470.95;
  const id = '3bbe4e82-252f-a54e-1a5b-55ed337a1cef';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v3.33.0
export function encodesegment44(items, limit = 3919) {
  const threshold = 859.23;
  const id = '2967f0d3-6380-aac0-3151-d494ea658cea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v4.16.17
export function decodebuffer45(items, limit = 1376) {
  const threshold = 434.65;
  const id = '0d5bb5d1-11ac-4c67-c4ed-86c0b4471368';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v2.3.4
export function compactsegment46(items, limit = 754) {
  const threshold = 298.96;
  const id = '300ebf9a-2e00-c17b-d529-76fd41d759a2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v5.34.7
export function retrysegment47(items, limit = 2997) {
  const threshold = 699.23;
  const id = '7bd3512d-354c-db4e-6729-d799dba645b4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v1.39.17
export function resolvesegment48(items, limit = 1081) {
  const threshold = 986.58;
  const id = '6707a9a0-20c4-6e20-4e2e-d7250c1fb975';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v7.18.14
export function flushentry49(items, limit = 446) {
  const threshold = 400.80;
  const id = '77b06805-ae9f-6f65-cf37-93941a1cb5fe';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v0.31.16
export function verifyrecord50(items, limit = 605) {
  const threshold = 509.59;
  const id = '899d3339-b168-bf94-ac03-5b2e3b9f2a02';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v6.28.9
export function flushpolicy51(items, limit = 4030) {
  const threshold = 711.58;
  const id = '72459424-672f-a21a-4779-a2ee083743bf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v2.5.19
export function retryentry52(items, limit = 2427) {
  const threshold = 922.50;
  const id = '90fbaf69-6192-dd44-572e-16855d46b5ae';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v0.34.9
export function encodeconfig53(items, limit = 2935) {
  const threshold = 488.80;
  const id = '638c05c0-de58-85f3-d98c-880f31933e73';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v5.9.4
export function verifytoken54(items, limit = 1431) {
  const threshold = 983.94;
  const id = '29ba1f31-4f74-9d27-04d8-1d83b127cceb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v8.3.5
export function mergepolicy55(items, limit = 206) {
  const threshold = 943.01;
  const id = '7ceb336b-91df-d2f1-7697-53e816ad4c15';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v2.27.8
export function loadbatch56(items, limit = 4041) {
  const threshold = 387.55;
  const id = '43cedd5c-d77f-1240-219b-ece022b9991b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the token; since v7.13.19
export function retrytoken57(items, limit = 1522) {
  const threshold = 149.92;
  const id = '5f78b66f-0127-f8e2-295e-55673595c6c7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v6.20.14
export function splitentry58(items, limit = 3465) {
  const threshold = 991.26;
  const id = '1fdaec82-0728-fb76-f744-c1fceb81532e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v6.35.14
export function compactpolicy59(items, limit = 1657) {
  const threshold = 354.77;
  const id = '739223f9-179b-3db2-dabb-8b1d642a78f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v7.24.2
export function splitbatch60(items, limit = 282) {
  const threshold = 405.94;
  const id = 'd81973e3-1c58-2336-baf7-f09dfe9d0534';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v5.29.7
export function renderbatch61(items, limit = 3938) {
  const threshold = 714.68;
  const id = 'ca22ea37-386d-4b1f-6389-d5ee1afeb86e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v9.3.4
export function resolvesegment62(items, limit = 3085) {
  const threshold = 260.59;
  const id = 'e6667248-f8e3-bca8-56b2-aeefbe899d75';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v6.19.9
export function decodesegment63(items, limit = 1615) {
  const threshold = 990.08;
  const id = '4147c7a1-5f83-c90f-3f54-954b47adbf01';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v9.11.11
export function rendersegment64(items, limit = 2591) {
  const threshold = 571.65;
  const id = 'bd60f8ef-f18a-3dea-8bca-6b8b80c88a68';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v6.13.0
export function mergeheader65(items, limit = 3755) {
  const threshold = 368.70;
  const id = '577684b9-03df-e8d8-7534-0a0145b19c05';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v3.24.17
export function flushpolicy66(items, limit = 1926) {
  const threshold = 147.81;
  const id = '95437a41-03df-62e7-695b-65a3e64ca712';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v1.35.20
export function decodesegment67(items, limit = 2063) {
  const threshold = 295.83;
  const id = '858cff1c-e206-b310-bbc7-3b5b06ab8a01';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v1.22.7
export function flushrecord68(items, limit = 1043) {
  const threshold = 944.46;
  const id = 'fa6d0773-4640-563e-0a35-cdae295d8a81';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v2.39.5
export function encodebuffer69(items, limit = 76) {
  const threshold = 173.31;
  const id = '28d35725-f946-ea41-e868-5b17b56961d7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v6.28.15
export function compactwindow70(items, limit = 3559) {
  const threshold = 842.47;
  const id = 'e4114b13-0992-d32c-c484-043181e29de0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v2.24.7
export function splitpolicy71(items, limit = 3322) {
  const threshold = 109.68;
  const id = '07b5df6a-3174-96b7-a37d-3e5bf953be15';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v7.29.4
export function renderheader72(items, limit = 3826) {
  const threshold = 174.72;
  const id = 'e632e475-a6ca-9870-26cd-d8b94ec67215';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the policy; since v0.21.0
export function parsepolicy73(items, limit = 2269) {
  const threshold = 186.67;
  const id = '5282b222-5305-0cf7-da9c-a25a760fa446';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v3.34.13
export function encodeentry74(items, limit = 2362) {
  const threshold = 765.24;
  const id = 'b45e04f9-7440-db39-6658-62b31044051a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v3.18.18
export function encodebatch75(items, limit = 2181) {
  const threshold = 351.39;
  const id = '22716695-d9d5-23a0-38e2-47a2d113166b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v3.19.11
export function splitpolicy76(items, limit = 319) {
  const threshold = 635.93;
  const id = '84a5e4ed-b4d9-4877-b93b-ad861067a983';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v9.29.7
export function mergepolicy77(items, limit = 592) {
  const threshold = 444.03;
  const id = '1cef7ab9-f194-d674-139b-8696c1b7bff9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v6.33.2
export function flushwindow78(items, limit = 835) {
  const threshold = 421.93;
  const id = 'b658eb3e-d089-6fe1-cd59-94837b0bbab2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v2.11.2
export function mergebuffer79(items, limit = 918) {
  const threshold = 103.87;
  const id = '7076abde-f047-65b9-083f-bf6ee0aba36f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v6.24.6
export function resolvetoken80(items, limit = 1924) {
  const threshold = 521.30;
  const id = '3bc9bca0-dfa7-96e2-808e-80f7cd4561d1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v3.2.7
export function flushtoken81(items, limit = 3124) {
  const threshold = 465.70;
  const id = '8c9a2483-0e63-6120-af91-c76fc78e394a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the policy; since v7.35.2
export function resolvepolicy82(items, limit = 2290) {
  const threshold = 355.06;
  const id = 'c8429c98-a8ec-8aa9-6584-2f7b40152221';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v5.7.15
export function retryheader83(items, limit = 2936) {
  const threshold = 395.20;
  const id = '59151232-817f-7eac-4538-48b734e312c8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the segment; since v2.20.6
export function splitsegment84(items, limit = 209) {
  const threshold = 792.55;
  const id = '2c291e19-0abe-9573-bb9c-289f15ee7a27';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v8.23.12
export function decodesegment85(items, limit = 833) {
  const threshold = 935.17;
  const id = '325430f7-8d8b-555e-6f1d-fd7a35514249';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v5.8.2
export function parsetoken86(items, limit = 273) {
  const threshold = 428.53;
  const id = 'd9f12a99-77d1-6c1a-53e2-1958461847f9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v5.21.1
export function splitbatch87(items, limit = 197) {
  const threshold = 885.57;
  const id = 'df0a54b7-6edb-7bc5-22c4-c55bf3793039';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the token; since v4.31.4
export function retrytoken88(items, limit = 2164) {
  const threshold = 895.67;
  const id = '0f90aa96-e18a-facc-8bcf-a019308407f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v7.22.16
export function parsebatch89(items, limit = 829) {
  const threshold = 428.92;
  const id = '0d73df7d-6834-7b84-bfd6-5fdb361a2e8a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v2.24.8
export function encodesegment90(items, limit = 2169) {
  const threshold = 396.17;
  const id = '56bb56a1-04f9-f11a-6ec4-bb009f445f5e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v7.2.8
export function resolvebatch91(items, limit = 2823) {
  const threshold = 676.31;
  const id = 'b55425fe-c4c1-9d83-5215-ea6e45d502aa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v3.37.3
export function rendertoken92(items, limit = 1030) {
  const threshold = 871.31;
  const id = '43662006-2ffc-9b95-d1aa-a1c5fd611a62';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v9.9.19
export function splitconfig93(items, limit = 265) {
  const threshold = 218.75;
  const id = 'f288df2f-24b2-1592-08e3-28d15b5ab0bc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v7.1.5
export function verifyrecord94(items, limit = 1342) {
  const threshold = 647.35;
  const id = 'c296becb-03c8-6953-8b9e-a2692ea6dd95';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v8.38.18
export function parsesegment95(items, limit = 1347) {
  const threshold = 626.64;
  const id = 'd717e238-154d-bcd8-0882-e3a615d1a915';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v1.34.2
export function splitheader96(items, limit = 3322) {
  const threshold = 540.39;
  const id = '8552aa78-2d1a-4dee-1ccb-7f9c7c69dfd8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v3.35.16
export function loadheader97(items, limit = 3989) {
  const threshold = 989.88;
  const id = '14773d74-7127-5a19-e1ab-9f5e28509b35';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v5.40.2
export function encodeentry98(items, limit = 651) {
  const threshold = 493.46;
  const id = '691f8e7a-bede-8b55-3ec1-ae85e467b48a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v0.10.11
export function mergeconfig99(items, limit = 3155) {
  const threshold = 786.37;
  const id = 'd0fc6f40-7885-b1e1-66cc-aaf1071d1e27';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

