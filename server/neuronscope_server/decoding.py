"""Requests that protobuf cannot parse get INVALID_ARGUMENT naming the field, not INTERNAL.

grpc answers a deserializer exception with INTERNAL ("Exception deserializing request!"). The most
common cause from a real client is a string field holding bytes that are not UTF-8 (proto3 checks
it). ``DecodeInterceptor`` parses with a deserializer that never raises: on failure it walks the raw
wire format against the message's descriptor to find the first string field that is not UTF-8
(``sentences[3].words[0]``) and the call is refused with that path before any handler code runs.
"""

from __future__ import annotations

from collections import defaultdict

import grpc
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import DecodeError

from neuronscope_server.errors import InvalidArgument


class BadRequest:
    """What the deserializer returns for bytes it could not parse; the handler refuses it."""

    def __init__(self, message: str) -> None:
        self.message = message


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if i >= len(buf) or shift > 63:
            raise ValueError("truncated varint")
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def _repeated(field: FieldDescriptor) -> bool:
    flag = getattr(field, "is_repeated", None)
    return bool(flag) if flag is not None else field.label == FieldDescriptor.LABEL_REPEATED


def find_bad_utf8(desc: Descriptor, buf: bytes, prefix: str = "") -> str | None:
    """The path of the first string field in ``buf`` whose bytes are not UTF-8, or None."""
    seen: dict[int, int] = defaultdict(int)
    i = 0
    while i < len(buf):
        key, i = _varint(buf, i)
        number, wire_type = key >> 3, key & 7
        if wire_type == 0:
            _, i = _varint(buf, i)
        elif wire_type == 1:
            i += 8
        elif wire_type == 5:
            i += 4
        elif wire_type == 2:
            n, i = _varint(buf, i)
            payload, i = buf[i : i + n], i + n
            field = desc.fields_by_number.get(number)
            if field is None:
                continue
            index = seen[number]
            seen[number] += 1
            path = f"{prefix}{field.name}[{index}]" if _repeated(field) else f"{prefix}{field.name}"
            if field.type == FieldDescriptor.TYPE_STRING:
                try:
                    payload.decode("utf-8")
                except UnicodeDecodeError:
                    return path
            elif field.type == FieldDescriptor.TYPE_MESSAGE:
                found = find_bad_utf8(field.message_type, payload, path + ".")
                if found:
                    return found
        else:
            return None  # groups: not used by neuronscope's messages
    return None


def safe_deserializer(message_cls):
    def parse(data: bytes):
        try:
            return message_cls.FromString(data)
        except DecodeError:
            try:
                path = find_bad_utf8(message_cls.DESCRIPTOR, data)
            except (ValueError, IndexError):
                path = None
            if path:
                return BadRequest(f"{path} is not valid UTF-8; text fields take UTF-8 strings")
            return BadRequest(f"the request is not a valid {message_cls.DESCRIPTOR.name} message")

    return parse


class DecodeInterceptor(grpc.ServerInterceptor):
    """Swap each handler's deserializer for ``safe_deserializer`` and refuse ``BadRequest``s."""

    def __init__(self, request_types: dict[str, type]) -> None:
        self.request_types = request_types  # method name -> request message class

    def intercept_service(self, continuation, handler_call_details):
        handler = continuation(handler_call_details)
        if handler is None:
            return None
        cls = self.request_types.get(handler_call_details.method.rsplit("/", 1)[-1])
        if cls is None:
            return handler
        parse = safe_deserializer(cls)
        inner_ser = handler.response_serializer

        def serialize(response):
            return response if isinstance(response, bytes) else inner_ser(response)
        if handler.unary_unary:
            inner = handler.unary_unary

            def unary(request, context):
                if isinstance(request, BadRequest):
                    context.abort(grpc.StatusCode.INVALID_ARGUMENT, request.message)
                return inner(request, context)

            return grpc.unary_unary_rpc_method_handler(unary, parse, serialize)
        if handler.unary_stream:
            inner_s = handler.unary_stream

            def stream(request, context):
                if isinstance(request, BadRequest):
                    context.abort(grpc.StatusCode.INVALID_ARGUMENT, request.message)
                yield from inner_s(request, context)

            return grpc.unary_stream_rpc_method_handler(stream, parse, serialize)
        if handler.stream_unary:
            inner_su = handler.stream_unary

            def checked(request_iterator, context):
                for i, request in enumerate(request_iterator):
                    if isinstance(request, BadRequest):
                        # raised inside the handler, so its error mapping answers INVALID_ARGUMENT
                        raise InvalidArgument(f"message {i}: {request.message}")
                    yield request

            def client_stream(request_iterator, context):
                return inner_su(checked(request_iterator, context), context)

            return grpc.stream_unary_rpc_method_handler(client_stream, parse, serialize)
        return handler


def request_types(service_descriptor, pb_module) -> dict[str, type]:
    """Method name -> request class, from the service's descriptor."""
    return {m.name: getattr(pb_module, m.input_type.name) for m in service_descriptor.methods}
