import { Type } from 'typebox'

// Zoom documents `field` as required when a tracking field is created (the generated body has it optional).
export const CreateTrackingFieldBody = Type.Object({
  field: Type.String(),
  recommended_values: Type.Optional(Type.Array(Type.String())),
  required: Type.Optional(Type.Boolean()),
  visible: Type.Optional(Type.Boolean()),
})

export const FieldIdParams = Type.Object({ fieldId: Type.String({ minLength: 1 }) })
